-- some privileges are revoked from one role (DELETE, TRUNCATE) while others stay, and all are revoked from another role
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.accounts (id int PRIMARY KEY, balance numeric);
GRANT SELECT ON public.accounts TO pgshift_reader;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON public.accounts TO pgshift_writer;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.accounts (id int PRIMARY KEY, balance numeric);
GRANT SELECT, INSERT, UPDATE ON public.accounts TO pgshift_writer;
