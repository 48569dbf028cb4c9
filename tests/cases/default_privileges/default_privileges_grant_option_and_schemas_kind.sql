-- PG10+ default privileges ON SCHEMAS (global only) and a WITH GRANT OPTION default on tables
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO pgshift_admin;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO pgshift_admin WITH GRANT OPTION;
