-- from nothing: a SQL function (string body, checked when it is created) reads a table that itself waits for a domain whose CHECK calls another function: the function comes after the table it reads, however the other steps fall, like pg_dump orders it; a view over it and a policy calling it come after it
-- expect-hazards: authz-change
-- @before
-- @after
CREATE FUNCTION public.zz_valid_code(c text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT c ~ '^[A-Z]{3}$' $$;
CREATE DOMAIN public.code AS text CHECK (public.zz_valid_code(VALUE));
CREATE TABLE public.airports (code public.code PRIMARY KEY, name text);
CREATE FUNCTION public.aa_airport_name(c text) RETURNS text LANGUAGE sql STABLE AS $$ SELECT name FROM public.airports WHERE code = c $$;
CREATE FUNCTION public.aa_airport_count() RETURNS bigint LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN (SELECT count(*) FROM public.airports); END $$;
CREATE VIEW public.airport_names AS SELECT code, public.aa_airport_name(code) AS name FROM public.airports;
CREATE TABLE public.flights (id int PRIMARY KEY, origin public.code REFERENCES public.airports (code));
ALTER TABLE public.flights ENABLE ROW LEVEL SECURITY;
CREATE POLICY flights_known ON public.flights USING (public.aa_airport_name(origin) IS NOT NULL);
