-- the owner of a schema changes to another role while its contents stay the same; must be ALTER SCHEMA OWNER, not drop/create
-- diff-options: owners
-- @before
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
CREATE TABLE app.settings (key text PRIMARY KEY, value jsonb NOT NULL DEFAULT '{}');
-- @after
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app AUTHORIZATION pgshift_owner;
CREATE TABLE app.settings (key text PRIMARY KEY, value jsonb NOT NULL DEFAULT '{}');
