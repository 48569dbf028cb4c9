-- DROP EXTENSION of existing extensions.

-- fire: plain
DROP EXTENSION hstore;

-- fire: IF EXISTS, several
drop extension if exists pg_trgm, citext;

-- fire: CASCADE drops what uses it
DROP EXTENSION IF EXISTS postgis CASCADE;

-- fire: quoted
DROP EXTENSION "uuid-ossp";

-- fire: inside a DO block
DO $$ BEGIN DROP EXTENSION IF EXISTS btree_gist; END $$;

-- ok: an extension created in the same file
CREATE EXTENSION IF NOT EXISTS hstore;
DROP EXTENSION hstore;

-- ok: creating an extension
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- ok: updating an extension
ALTER EXTENSION pg_trgm UPDATE;

-- ok: dropping a type
DROP TYPE IF EXISTS old_kind;

-- ok: created then dropped with CASCADE
CREATE EXTENSION citext;
DROP EXTENSION citext CASCADE;
