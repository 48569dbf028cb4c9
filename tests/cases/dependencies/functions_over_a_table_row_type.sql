-- functions that return SETOF a table, take a table's row (or an array of them) as an argument, and a view over such a function: when the table is recreated (it becomes partitioned) they are dropped before it and created again after it, both ways
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE TABLE public.readings (sensor int NOT NULL, value numeric);
CREATE FUNCTION public.all_readings() RETURNS SETOF public.readings LANGUAGE sql STABLE AS $$ SELECT * FROM public.readings $$;
CREATE FUNCTION public.reading_value(r public.readings) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT r.value $$;
CREATE FUNCTION public.count_readings(rs public.readings[]) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT cardinality(rs) $$;
CREATE VIEW public.reading_values AS SELECT sensor, public.reading_value(r) AS value FROM public.all_readings() r;
-- @after
CREATE TABLE public.readings (sensor int NOT NULL, value numeric) PARTITION BY LIST (sensor);
CREATE TABLE public.readings_1 PARTITION OF public.readings FOR VALUES IN (1);
CREATE FUNCTION public.all_readings() RETURNS SETOF public.readings LANGUAGE sql STABLE AS $$ SELECT * FROM public.readings $$;
CREATE FUNCTION public.reading_value(r public.readings) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT r.value $$;
CREATE FUNCTION public.count_readings(rs public.readings[]) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT cardinality(rs) $$;
CREATE VIEW public.reading_values AS SELECT sensor, public.reading_value(r) AS value FROM public.all_readings() r;
