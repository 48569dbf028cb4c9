-- a column-level grant is replaced by a table-level grant of the same privilege: revoking the column grant must not undo the table grant
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.customers (id int PRIMARY KEY, name text, phone text);
GRANT SELECT (id, name) ON public.customers TO pgshift_reader;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.customers (id int PRIMARY KEY, name text, phone text);
GRANT SELECT ON public.customers TO pgshift_reader;
