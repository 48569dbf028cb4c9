-- a table's owner changes: ALTER TABLE OWNER TO, which also moves the owner's implicit privileges and its sequence's owner
-- diff-options: owners
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.configs (id serial PRIMARY KEY, data jsonb);
-- @after
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.configs (id serial PRIMARY KEY, data jsonb);
ALTER TABLE public.configs OWNER TO pgshift_owner;
