-- ALTER DEFAULT PRIVILEGES IN SCHEMA ... GRANT SELECT ON TABLES: affects only tables created later, stored in pg_default_acl
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA reporting;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO pgshift_reader;
