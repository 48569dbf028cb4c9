-- ALTER EXTENSION UPDATE and DROP.

-- fire: UPDATE
ALTER EXTENSION postgis UPDATE;

-- fire: UPDATE TO a version
alter extension postgis update to '3.4.0';

-- fire: DROP an object
ALTER EXTENSION hstore DROP FUNCTION hstore_version();

-- fire: DROP a type
ALTER EXTENSION citext DROP TYPE citext;

-- fire: inside a DO block
DO $$ BEGIN ALTER EXTENSION pg_trgm UPDATE; END $$;

-- ok: ADD an object
ALTER EXTENSION hstore ADD FUNCTION my_helper();

-- ok: SET SCHEMA
ALTER EXTENSION hstore SET SCHEMA extensions;

-- ok: creating an extension
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- ok: a comment
COMMENT ON EXTENSION pg_trgm IS 'trigram search';

-- ok: dropping an extension is another rule
CREATE EXTENSION IF NOT EXISTS unaccent;
