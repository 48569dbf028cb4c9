-- a new foreign server (TYPE, VERSION, libpq options checked by postgresql_fdw_validator) with user mappings for PUBLIC and for a created role: wrapper exists, then CREATE SERVER, then CREATE USER MAPPING; rollback drops the mappings first
-- @before
DO $$ BEGIN CREATE ROLE pgshift_fdw_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER libpq_fdw VALIDATOR postgresql_fdw_validator;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_fdw_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER libpq_fdw VALIDATOR postgresql_fdw_validator;
CREATE SERVER reporting TYPE 'postgres' VERSION '15' FOREIGN DATA WRAPPER libpq_fdw OPTIONS (host 'db.internal', port '5432', dbname 'app');
CREATE USER MAPPING FOR PUBLIC SERVER reporting OPTIONS (user 'anonymous');
CREATE USER MAPPING FOR pgshift_fdw_user SERVER reporting OPTIONS (user 'u');
