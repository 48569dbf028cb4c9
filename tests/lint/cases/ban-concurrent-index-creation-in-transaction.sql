-- Statements PostgreSQL refuses inside a transaction block, put inside one.

-- fire: CREATE INDEX CONCURRENTLY after BEGIN
BEGIN;
CREATE INDEX CONCURRENTLY orders_placed_at_idx ON orders (placed_at);
COMMIT;

-- fire: DROP INDEX CONCURRENTLY inside START TRANSACTION
start transaction;
drop index concurrently if exists orders_old_idx;
commit;

-- fire: REINDEX CONCURRENTLY and DETACH CONCURRENTLY in a block
BEGIN;
REINDEX INDEX CONCURRENTLY orders_placed_at_idx;
ALTER TABLE measurements DETACH PARTITION measurements_2019 CONCURRENTLY;
COMMIT;

-- fire: CREATE UNIQUE INDEX CONCURRENTLY inside a DO block
DO $$
BEGIN
  CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON users (lower(email));
END
$$;

-- fire: VACUUM after BEGIN
BEGIN WORK;
VACUUM (ANALYZE) orders;
COMMIT WORK;

-- ok: CREATE INDEX CONCURRENTLY on its own
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_placed_at_idx ON orders (placed_at);

-- ok: concurrent build after the block is committed
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_note_idx ON orders (note);

-- ok: a non-concurrent index on a new table inside a block
BEGIN;
CREATE TABLE notes (id bigint, body text);
CREATE INDEX notes_body_idx ON notes (body);
COMMIT;

-- ok: REINDEX with CONCURRENTLY turned off is allowed in a block (on a new table)
BEGIN;
CREATE TABLE t2 (a int);
CREATE INDEX t2_a ON t2 (a);
REINDEX (CONCURRENTLY false) INDEX t2_a;
COMMIT;

-- ok: a rollback ends the block before the concurrent build
BEGIN;
SELECT 1;
ROLLBACK;
DROP INDEX CONCURRENTLY IF EXISTS orders_old_idx;
