-- a new explicit cast from a composite type to int8 with a conversion function: CREATE CAST (public.rgb AS bigint) WITH FUNCTION after the function, DROP CAST before it on rollback
-- @before
CREATE TYPE public.rgb AS (r int, g int, b int);
CREATE FUNCTION public.rgb_to_int8(c public.rgb) RETURNS int8 LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT (c.r::int8 << 16) | (c.g::int8 << 8) | c.b::int8 $$;
-- @after
CREATE TYPE public.rgb AS (r int, g int, b int);
CREATE FUNCTION public.rgb_to_int8(c public.rgb) RETURNS int8 LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT (c.r::int8 << 16) | (c.g::int8 << 8) | c.b::int8 $$;
CREATE CAST (public.rgb AS int8) WITH FUNCTION public.rgb_to_int8(public.rgb);
