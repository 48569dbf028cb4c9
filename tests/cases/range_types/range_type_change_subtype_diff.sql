-- a range type gets a subtype_diff it lacked: range types cannot be altered, so it is recreated with its dependent column
-- @before
CREATE TYPE public.numrange2 AS RANGE (subtype = numeric);
CREATE TABLE public.bands (id int PRIMARY KEY, band public.numrange2);
-- @after
CREATE FUNCTION public.numeric_diff(a numeric, b numeric) RETURNS float8 LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT (a - b)::float8 $$;
CREATE TYPE public.numrange2 AS RANGE (subtype = numeric, subtype_diff = public.numeric_diff);
CREATE TABLE public.bands (id int PRIMARY KEY, band public.numrange2);
