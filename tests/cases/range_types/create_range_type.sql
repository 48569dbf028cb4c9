-- a new range type with a subtype_diff function that must be created first, used by a new column
-- @before
CREATE TABLE public.bookings (id int PRIMARY KEY);
-- @after
CREATE FUNCTION public.time_subtype_diff(x time, y time) RETURNS float8 LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT EXTRACT(EPOCH FROM (x - y)) $$;
CREATE TYPE public.timerange AS RANGE (subtype = time, subtype_diff = public.time_subtype_diff);
CREATE TABLE public.bookings (id int PRIMARY KEY, slot public.timerange);
