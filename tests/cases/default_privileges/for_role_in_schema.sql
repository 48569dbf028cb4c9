-- default privileges FOR ROLE another role IN SCHEMA: the defaulting role is part of the identity, not the current user
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA shared;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA shared;
ALTER DEFAULT PRIVILEGES FOR ROLE pgshift_owner IN SCHEMA shared GRANT SELECT ON TABLES TO pgshift_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE pgshift_owner IN SCHEMA shared GRANT EXECUTE ON FUNCTIONS TO pgshift_reader;
