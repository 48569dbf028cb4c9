-- DROP INDEX of existing indexes (info notes; the lock is require-concurrent-index-deletion's).

-- fire: concurrently
DROP INDEX CONCURRENTLY IF EXISTS orders_customer_idx;

-- fire: plain, schema-qualified
DROP INDEX app.events_at_idx;

-- fire: quoted
DROP INDEX CONCURRENTLY "Orders_Placed_Idx";

-- fire: inside a DO block
DO $$ BEGIN DROP INDEX IF EXISTS sessions_user_idx; END $$;

-- fire: one created here, one not
CREATE TABLE t_new (a int);
CREATE INDEX t_new_a_idx ON t_new (a);
DROP INDEX t_new_a_idx, old_lookup_idx;

-- ok: an index created in the same file
CREATE TABLE IF NOT EXISTS scratch (a int);
CREATE INDEX scratch_a_idx ON scratch (a);
DROP INDEX scratch_a_idx;

-- ok: creating an index concurrently
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_placed_idx ON orders (placed_at);

-- ok: renaming an index
ALTER INDEX IF EXISTS orders_idx RENAME TO orders_placed_idx;

-- ok: a schema-qualified index created here
CREATE TABLE app.stage (a int);
CREATE INDEX stage_a_idx ON app.stage (a);
DROP INDEX app.stage_a_idx;

-- ok: dropping a trigger
DROP TRIGGER IF EXISTS audit_trigger ON users;
