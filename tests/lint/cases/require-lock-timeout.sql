-- Statements that lock existing relations with no lock_timeout set.

-- fire: ALTER TABLE
ALTER TABLE users ADD COLUMN note text;

-- fire: timeout set after the statement
alter table "Shop"."Orders" add column "Note" text;
SET lock_timeout = '2s';

-- fire: timeout turned off again
SET lock_timeout = '2s';
SET lock_timeout = 0;
CREATE TRIGGER users_audit AFTER UPDATE ON users FOR EACH ROW EXECUTE FUNCTION audit();

-- fire: LOCK TABLE
LOCK TABLE accounts IN SHARE ROW EXCLUSIVE MODE;

-- fire: a timeout set in another schema's namespace does not count
SET app.lock_timeout = '2s';
DROP INDEX IF EXISTS orders_old_idx;

-- fire: REFRESH MATERIALIZED VIEW
REFRESH MATERIALIZED VIEW order_totals;

-- ok: set first
SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN note text;

-- ok: SET LOCAL inside the block
BEGIN;
SET LOCAL lock_timeout TO '1s';
ALTER TABLE users ADD COLUMN note text;
COMMIT;

-- ok: only new tables
CREATE TABLE notes (id bigint);
CREATE INDEX notes_id_idx ON notes (id);
ALTER TABLE notes ADD COLUMN body text;

-- ok: concurrent index statements wait without blocking others
CREATE INDEX CONCURRENTLY IF NOT EXISTS users_note_idx ON users (note);

-- ok: VALIDATE CONSTRAINT takes a lock that lets reads and writes through
ALTER TABLE users VALIDATE CONSTRAINT users_email_check;

-- ok: data changes with a WHERE
UPDATE users SET note = '' WHERE note IS NULL;
