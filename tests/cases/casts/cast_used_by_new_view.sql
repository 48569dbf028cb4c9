-- a cast and a view that uses it (x::bigint on a composite column) are created together: function, cast, then the view (the view references the cast's function); rollback drops the view first
-- @before
CREATE TYPE public.rgb AS (r int, g int, b int);
CREATE FUNCTION public.rgb_to_int8(c public.rgb) RETURNS int8 LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT (c.r::int8 << 16) | (c.g::int8 << 8) | c.b::int8 $$;
CREATE TABLE public.swatches (id int PRIMARY KEY, color public.rgb NOT NULL);
-- @after
CREATE TYPE public.rgb AS (r int, g int, b int);
CREATE FUNCTION public.rgb_to_int8(c public.rgb) RETURNS int8 LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT (c.r::int8 << 16) | (c.g::int8 << 8) | c.b::int8 $$;
CREATE TABLE public.swatches (id int PRIMARY KEY, color public.rgb NOT NULL);
CREATE CAST (public.rgb AS int8) WITH FUNCTION public.rgb_to_int8(public.rgb);
CREATE VIEW public.swatch_codes AS SELECT s.id, s.color::int8 AS code FROM public.swatches s;
