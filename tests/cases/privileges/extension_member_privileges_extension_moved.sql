-- an extension whose members carry their own privileges moves to another schema: the privileges move with them, and what changes is granted and revoked under the new names (and argument types) once the extension has moved
-- @before
DO $$ BEGIN CREATE ROLE "Search Role"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA "Search Tools";
CREATE EXTENSION pg_trgm;
REVOKE EXECUTE ON FUNCTION public.similarity(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.word_similarity(text, text) TO "Search Role";
GRANT EXECUTE ON FUNCTION public.gtrgm_compress(internal) TO "Search Role";
GRANT EXECUTE ON FUNCTION public.gtrgm_out(public.gtrgm) TO "Search Role";
-- @after
DO $$ BEGIN CREATE ROLE "Search Role"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA "Search Tools";
CREATE EXTENSION pg_trgm SCHEMA "Search Tools";
REVOKE EXECUTE ON FUNCTION "Search Tools".similarity(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "Search Tools".similarity(text, text) TO "Search Role";
GRANT EXECUTE ON FUNCTION "Search Tools".gtrgm_compress(internal) TO "Search Role";
GRANT USAGE ON TYPE "Search Tools".gtrgm TO "Search Role";
