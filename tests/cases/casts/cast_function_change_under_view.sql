-- a view uses a cast (color::bigint) whose function changes: the view text reads the same on both sides but it calls a different function, so the view must be dropped, the cast recreated, the view recreated
-- @before
CREATE TYPE public.rgb AS (r int, g int, b int);
CREATE FUNCTION public.rgb_to_int8(c public.rgb) RETURNS int8 LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT (c.r::int8 << 16) | (c.g::int8 << 8) | c.b::int8 $$;
CREATE FUNCTION public.rgb_to_int8_bgr(c public.rgb) RETURNS int8 LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT (c.b::int8 << 16) | (c.g::int8 << 8) | c.r::int8 $$;
CREATE TABLE public.swatches (id int PRIMARY KEY, color public.rgb NOT NULL);
CREATE CAST (public.rgb AS int8) WITH FUNCTION public.rgb_to_int8(public.rgb);
CREATE VIEW public.swatch_codes AS SELECT s.id, s.color::int8 AS code FROM public.swatches s;
-- @after
CREATE TYPE public.rgb AS (r int, g int, b int);
CREATE FUNCTION public.rgb_to_int8(c public.rgb) RETURNS int8 LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT (c.r::int8 << 16) | (c.g::int8 << 8) | c.b::int8 $$;
CREATE FUNCTION public.rgb_to_int8_bgr(c public.rgb) RETURNS int8 LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT (c.b::int8 << 16) | (c.g::int8 << 8) | c.r::int8 $$;
CREATE TABLE public.swatches (id int PRIMARY KEY, color public.rgb NOT NULL);
CREATE CAST (public.rgb AS int8) WITH FUNCTION public.rgb_to_int8_bgr(public.rgb);
CREATE VIEW public.swatch_codes AS SELECT s.id, s.color::int8 AS code FROM public.swatches s;
