-- grants a non-owner made with its grant option, on a new table, a function and a sequence in a quoted schema: made as that role, after its own grant and its schema USAGE
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_delegate; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "pgshift Sub Reader"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA "Shared Area";
CREATE SEQUENCE "Shared Area".tick;
CREATE FUNCTION "Shared Area".answer() RETURNS int LANGUAGE sql AS 'SELECT 42';
-- @after
DO $$ BEGIN CREATE ROLE pgshift_delegate; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "pgshift Sub Reader"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA "Shared Area";
GRANT USAGE ON SCHEMA "Shared Area" TO pgshift_delegate;
CREATE SEQUENCE "Shared Area".tick;
CREATE FUNCTION "Shared Area".answer() RETURNS int LANGUAGE sql AS 'SELECT 42';
CREATE TABLE "Shared Area".notes (id int, body text);
GRANT SELECT ON "Shared Area".notes TO pgshift_delegate WITH GRANT OPTION;
GRANT USAGE ON SEQUENCE "Shared Area".tick TO pgshift_delegate WITH GRANT OPTION;
GRANT EXECUTE ON FUNCTION "Shared Area".answer() TO pgshift_delegate WITH GRANT OPTION;
GRANT UPDATE (body) ON "Shared Area".notes TO pgshift_delegate WITH GRANT OPTION;
SET ROLE pgshift_delegate;
GRANT SELECT ON "Shared Area".notes TO "pgshift Sub Reader";
GRANT UPDATE (body) ON "Shared Area".notes TO "pgshift Sub Reader";
GRANT USAGE ON SEQUENCE "Shared Area".tick TO "pgshift Sub Reader";
GRANT EXECUTE ON FUNCTION "Shared Area".answer() TO "pgshift Sub Reader";
RESET ROLE;
