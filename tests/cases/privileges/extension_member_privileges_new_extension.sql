-- an extension created in its own schema together with grants on its members (a view's column SELECT, its SELECT taken from PUBLIC, a foreign data wrapper's USAGE): the grants and revokes follow CREATE EXTENSION
-- @before
DO $$ BEGIN CREATE ROLE ext_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
-- @after
DO $$ BEGIN CREATE ROLE ext_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA "Ext Home";
CREATE EXTENSION pg_stat_statements SCHEMA "Ext Home";
REVOKE SELECT ON "Ext Home".pg_stat_statements FROM PUBLIC;
GRANT SELECT (query, calls) ON "Ext Home".pg_stat_statements TO ext_reader;
CREATE EXTENSION postgres_fdw;
GRANT USAGE ON FOREIGN DATA WRAPPER postgres_fdw TO ext_reader;
