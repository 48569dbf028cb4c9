-- default privileges on SEQUENCES and TYPES in a schema change: grant USAGE on sequences, revoke USAGE on types from PUBLIC
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON SEQUENCES TO pgshift_writer;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE, SELECT ON SEQUENCES TO pgshift_writer;
ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC;
