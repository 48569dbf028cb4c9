-- USAGE and SELECT on a serial column's sequence for the role that inserts: sequence privileges are separate from table privileges
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.signups (id serial PRIMARY KEY, email text);
GRANT INSERT ON public.signups TO pgshift_writer;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.signups (id serial PRIMARY KEY, email text);
GRANT INSERT ON public.signups TO pgshift_writer;
GRANT USAGE, SELECT ON SEQUENCE public.signups_id_seq TO pgshift_writer;
