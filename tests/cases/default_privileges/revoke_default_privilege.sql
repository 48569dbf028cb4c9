-- a default privilege entry is removed: ALTER DEFAULT PRIVILEGES ... REVOKE, existing tables keep their grants
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO pgshift_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT INSERT, UPDATE ON TABLES TO pgshift_writer;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO pgshift_reader;
