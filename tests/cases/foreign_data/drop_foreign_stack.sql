-- a whole foreign stack is dropped: foreign table, user mapping, server, wrapper in that order (the rollback creates them in reverse), names needing quotes included
-- @before
DO $$ BEGIN CREATE ROLE pgshift_fdw_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA "Mixed Case";
CREATE FOREIGN DATA WRAPPER "Dummy FDW" OPTIONS (debug 'true');
CREATE SERVER "with""quote" VERSION '1.0' FOREIGN DATA WRAPPER "Dummy FDW" OPTIONS (host 'h');
CREATE USER MAPPING FOR pgshift_fdw_user SERVER "with""quote" OPTIONS (user 'u');
CREATE FOREIGN TABLE "Mixed Case"."Remote Items" ("Id" int NOT NULL, "Label" text OPTIONS ("Column Name" 'label')) SERVER "with""quote";
-- @after
DO $$ BEGIN CREATE ROLE pgshift_fdw_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA "Mixed Case";
