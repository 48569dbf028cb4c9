-- a schema with default privileges is dropped: its pg_default_acl entry goes with it automatically, so no separate REVOKE step may be emitted after the drop
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA old_api;
ALTER DEFAULT PRIVILEGES IN SCHEMA old_api GRANT SELECT ON TABLES TO pgshift_reader;
CREATE TABLE public.t (id int);
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.t (id int);
