-- SELECT on a table is granted to one role: a plain GRANT, nothing recreated
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.products (id int PRIMARY KEY, name text);
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.products (id int PRIMARY KEY, name text);
GRANT SELECT ON public.products TO pgshift_reader;
