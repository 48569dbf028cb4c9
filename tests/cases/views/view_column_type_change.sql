-- a view column changes type (a cast is added): CREATE OR REPLACE refuses, so drop and recreate
-- @before
CREATE TABLE public.readings (id int PRIMARY KEY, value numeric);
CREATE VIEW public.reading_values AS SELECT id, value FROM public.readings;
-- @after
CREATE TABLE public.readings (id int PRIMARY KEY, value numeric);
CREATE VIEW public.reading_values AS SELECT id, value::double precision AS value FROM public.readings;
