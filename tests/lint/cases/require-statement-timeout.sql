-- Schema changes with no statement_timeout set.

-- fire: ALTER TABLE
ALTER TABLE users ADD COLUMN note text;

-- fire: CREATE TYPE
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

-- fire: COMMENT ON
COMMENT ON COLUMN users.note IS 'free text';

-- fire: timeout set after the change
CREATE INDEX CONCURRENTLY IF NOT EXISTS users_note_idx ON users (note);
SET statement_timeout = '5min';

-- fire: lock_timeout alone is not enough
SET lock_timeout = '1s';
SET statement_timeout TO DEFAULT;
ALTER TABLE users ALTER COLUMN note SET DEFAULT '';

-- ok: set first
SET statement_timeout = '5min';
ALTER TABLE users ADD COLUMN note text;

-- ok: mixed case names
Set Statement_Timeout = '30s';
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

-- ok: data only
INSERT INTO settings (key, value) VALUES ('a', 'b');

-- ok: SET LOCAL in a block
BEGIN;
SET LOCAL statement_timeout = '1min';
CREATE TABLE IF NOT EXISTS notes (id bigint);
COMMIT;

-- ok: queries only
SELECT count(*) FROM users;
