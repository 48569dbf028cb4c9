-- Explicit transaction control, and control that does not match.

-- fire: BEGIN ... COMMIT in a migration
BEGIN;
ALTER TABLE users ADD COLUMN note text;
COMMIT;

-- fire: BEGIN inside an open block
BEGIN;
BEGIN;
SELECT 1;
COMMIT;

-- fire: COMMIT without a block
SELECT 1;
COMMIT;

-- fire: ROLLBACK without a block
SELECT 1;
ROLLBACK;

-- fire: SAVEPOINT outside a block
SAVEPOINT before_change;
SELECT 1;

-- ok: no transaction control
ALTER TABLE users ADD COLUMN note text;

-- ok: a concurrent index on its own
CREATE INDEX CONCURRENTLY IF NOT EXISTS users_note_idx ON users (note);

-- ok: settings only
SET lock_timeout = '1s';
SET statement_timeout = '1min';

-- ok: a DO block
DO $$ BEGIN PERFORM 1; END $$;

-- ok: SET LOCAL without a block is just a setting
SET LOCAL lock_timeout = '1s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS note2 text;
