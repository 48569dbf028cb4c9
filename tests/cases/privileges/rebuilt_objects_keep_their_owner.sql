-- without owner management, objects the plan drops and creates again (a view whose columns change order, a materialized view, a function whose result type changes, an enum losing a value) are given back the owner they had instead of passing to the role that runs the plan
-- @before
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TYPE public.mood AS ENUM ('low', 'mid', 'high');
ALTER TYPE public.mood OWNER TO pgshift_owner;
CREATE TABLE public.samples (id integer PRIMARY KEY, reading integer, taken timestamptz, feeling public.mood);
CREATE VIEW public.latest AS SELECT id, reading FROM public.samples;
ALTER VIEW public.latest OWNER TO pgshift_owner;
CREATE MATERIALIZED VIEW public.daily AS SELECT date_trunc('day', taken) AS day, count(*) AS n FROM public.samples GROUP BY 1;
ALTER MATERIALIZED VIEW public.daily OWNER TO pgshift_owner;
CREATE FUNCTION public.reading_of(p integer) RETURNS integer LANGUAGE sql STABLE AS $$ SELECT reading FROM public.samples WHERE id = p $$;
ALTER FUNCTION public.reading_of(integer) OWNER TO pgshift_owner;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TYPE public.mood AS ENUM ('low', 'high');
ALTER TYPE public.mood OWNER TO pgshift_owner;
CREATE TABLE public.samples (id integer PRIMARY KEY, reading integer, taken timestamptz, feeling public.mood);
CREATE VIEW public.latest AS SELECT reading, id FROM public.samples;
ALTER VIEW public.latest OWNER TO pgshift_owner;
CREATE MATERIALIZED VIEW public.daily AS SELECT date_trunc('day', taken) AS day, count(*) AS n, max(reading) AS top FROM public.samples GROUP BY 1;
ALTER MATERIALIZED VIEW public.daily OWNER TO pgshift_owner;
CREATE FUNCTION public.reading_of(p integer) RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT reading::bigint FROM public.samples WHERE id = p $$;
ALTER FUNCTION public.reading_of(integer) OWNER TO pgshift_owner;
