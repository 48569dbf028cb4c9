-- dropping a range type also drops its multirange; the column using it goes first
-- expect-hazards: deletes-data
-- @before
CREATE TYPE public.intrange_custom AS RANGE (subtype = int4);
CREATE TABLE public.shifts (id int PRIMARY KEY, hours public.intrange_custom);
-- @after
CREATE TABLE public.shifts (id int PRIMARY KEY);
