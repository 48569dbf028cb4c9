-- USAGE is granted on a foreign-data wrapper and on a foreign server to a role: GRANT USAGE ON FOREIGN DATA WRAPPER / FOREIGN SERVER, REVOKE on rollback
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_fdw_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER dummy_fdw;
CREATE SERVER s FOREIGN DATA WRAPPER dummy_fdw;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_fdw_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER dummy_fdw;
CREATE SERVER s FOREIGN DATA WRAPPER dummy_fdw;
GRANT USAGE ON FOREIGN DATA WRAPPER dummy_fdw TO pgshift_fdw_admin;
GRANT USAGE ON FOREIGN SERVER s TO pgshift_fdw_admin WITH GRANT OPTION;
