-- a range type is recreated (new subtype_diff and multirange name) while columns use it, an array of it and its multirange: all are moved off and back
-- @before
CREATE TYPE public.floatrange AS RANGE (subtype = float8);
CREATE TABLE public.readings (id int PRIMARY KEY, span public.floatrange, spans public.floatrange[], covered public.floatmultirange, coverages public.floatmultirange[]);
-- @after
CREATE TYPE public.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi, multirange_type_name = public.float_spans);
CREATE TABLE public.readings (id int PRIMARY KEY, span public.floatrange, spans public.floatrange[], covered public.float_spans, coverages public.float_spans[]);
