-- a function whose body changes is replaced in place (CREATE OR REPLACE keeps its owner and grants): default privileges do not apply to it, so the plan neither revokes nor grants anything on it; names that need quoting, a row-type argument
-- expect-hazards: untrackable-dependencies
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA "App Schema";
ALTER DEFAULT PRIVILEGES IN SCHEMA "App Schema" GRANT EXECUTE ON FUNCTIONS TO pgshift_reader, pgshift_writer;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
CREATE TABLE "App Schema"."Row""s" (id int, v int);
CREATE FUNCTION "App Schema"."f Body"(r "App Schema"."Row""s") RETURNS int LANGUAGE sql STABLE AS $$ SELECT r.v $$;
REVOKE EXECUTE ON FUNCTION "App Schema"."f Body"("App Schema"."Row""s") FROM pgshift_reader;
CREATE FUNCTION public.plain(n int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN n; END $$;
GRANT EXECUTE ON FUNCTION public.plain(int) TO PUBLIC;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA "App Schema";
ALTER DEFAULT PRIVILEGES IN SCHEMA "App Schema" GRANT EXECUTE ON FUNCTIONS TO pgshift_reader, pgshift_writer;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
CREATE TABLE "App Schema"."Row""s" (id int, v int);
CREATE FUNCTION "App Schema"."f Body"(r "App Schema"."Row""s") RETURNS int LANGUAGE sql STABLE AS $$ SELECT r.v + 1 $$;
REVOKE EXECUTE ON FUNCTION "App Schema"."f Body"("App Schema"."Row""s") FROM pgshift_reader;
CREATE FUNCTION public.plain(n int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN n * 2; END $$;
GRANT EXECUTE ON FUNCTION public.plain(int) TO PUBLIC;
