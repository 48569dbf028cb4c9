-- column-level SELECT and UPDATE grants (not table-level): rendered as GRANT SELECT (col, ...) ON table
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.employees (id int PRIMARY KEY, name text, email text, salary numeric);
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.employees (id int PRIMARY KEY, name text, email text, salary numeric);
GRANT SELECT (id, name, email) ON public.employees TO pgshift_reader;
GRANT UPDATE (email) ON public.employees TO pgshift_writer;
