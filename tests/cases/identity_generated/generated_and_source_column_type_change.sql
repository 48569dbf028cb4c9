-- a column and the stored generated column that reads it both change type, the generated column indexed and read by a view: the generated column goes and comes back with its index and the view
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.readings (id int PRIMARY KEY, celsius integer NOT NULL,
    fahrenheit integer GENERATED ALWAYS AS (celsius * 9 / 5 + 32) STORED);
CREATE INDEX readings_fahrenheit_idx ON public.readings (fahrenheit);
CREATE VIEW public.hot_readings AS SELECT id, fahrenheit FROM public.readings WHERE fahrenheit > 90;
-- @after
CREATE TABLE public.readings (id int PRIMARY KEY, celsius numeric NOT NULL,
    fahrenheit numeric GENERATED ALWAYS AS (celsius * 9 / 5 + 32) STORED);
CREATE INDEX readings_fahrenheit_idx ON public.readings (fahrenheit);
CREATE VIEW public.hot_readings AS SELECT id, fahrenheit FROM public.readings WHERE fahrenheit > 90;
