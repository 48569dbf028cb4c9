-- default privileges in effect on both sides; the target's objects lack what they would give (revoked after creation): objects the plan creates must end with the target's grants, not the defaults'
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO pgshift_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT INSERT, UPDATE ON TABLES TO pgshift_writer;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO pgshift_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT EXECUTE ON FUNCTIONS TO pgshift_reader;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON TYPES TO pgshift_reader WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO pgshift_reader;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO pgshift_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT INSERT, UPDATE ON TABLES TO pgshift_writer;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO pgshift_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT EXECUTE ON FUNCTIONS TO pgshift_reader;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON TYPES TO pgshift_reader WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO pgshift_reader;
CREATE SCHEMA extra;
REVOKE USAGE ON SCHEMA extra FROM pgshift_reader;
CREATE TABLE app.accounts (id bigint PRIMARY KEY, name text);
REVOKE SELECT ON app.accounts FROM pgshift_reader;
REVOKE UPDATE ON app.accounts FROM pgshift_writer;
CREATE TABLE app.audit (id bigint);
CREATE VIEW app.account_names AS SELECT name FROM app.accounts;
REVOKE ALL ON app.account_names FROM pgshift_writer, pgshift_reader;
CREATE SEQUENCE app.ticket_seq;
REVOKE USAGE ON SEQUENCE app.ticket_seq FROM pgshift_reader;
CREATE FUNCTION app.answer() RETURNS int LANGUAGE sql AS 'SELECT 42';
REVOKE EXECUTE ON FUNCTION app.answer() FROM pgshift_reader;
CREATE FUNCTION app.kept() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
REVOKE GRANT OPTION FOR USAGE ON TYPE app.mood FROM pgshift_reader;
CREATE DOMAIN app.positive AS int CHECK (VALUE > 0);
REVOKE USAGE ON DOMAIN app.positive FROM pgshift_reader;
