-- privileges on objects an installed extension owns change (a function's EXECUTE taken from PUBLIC and given to a role, a type's USAGE, plpgsql's USAGE): GRANT and REVOKE on the members, compared with what the extension's script left
-- @before
DO $$ BEGIN CREATE ROLE "Trigram User"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE EXTENSION pg_trgm;
-- @after
DO $$ BEGIN CREATE ROLE "Trigram User"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE EXTENSION pg_trgm;
REVOKE EXECUTE ON FUNCTION public.similarity(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.similarity(text, text) TO "Trigram User";
GRANT USAGE ON TYPE public.gtrgm TO "Trigram User" WITH GRANT OPTION;
REVOKE USAGE ON LANGUAGE plpgsql FROM PUBLIC;
GRANT USAGE ON LANGUAGE plpgsql TO "Trigram User";
