-- a range type created with an explicit multirange_type_name (PG14+); the auto-created multirange must not be diffed as its own object
-- @before
-- @after
CREATE TYPE public.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi, multirange_type_name = public.floatranges);
CREATE TABLE public.readings (id int PRIMARY KEY, span public.floatrange, spans public.floatranges);
