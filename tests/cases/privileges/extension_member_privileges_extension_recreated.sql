-- an extension goes back to an older version (no update path: dropped and created again) while its members carry their own privileges: those the target keeps are granted again after the new CREATE EXTENSION, and a member of the newer version only is not named
-- expect-hazards: extension-upgrade
-- @before
DO $$ BEGIN CREATE ROLE "Kv Reader"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE EXTENSION hstore VERSION '1.8';
GRANT EXECUTE ON FUNCTION public.hstore_in(cstring) TO "Kv Reader";
REVOKE EXECUTE ON FUNCTION public.hstore_hash_extended(public.hstore, bigint) FROM PUBLIC;
-- @after
DO $$ BEGIN CREATE ROLE "Kv Reader"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE EXTENSION hstore VERSION '1.4';
GRANT EXECUTE ON FUNCTION public.hstore_in(cstring) TO "Kv Reader";
