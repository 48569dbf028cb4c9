-- DROP INDEX without CONCURRENTLY (a warning: a short ACCESS EXCLUSIVE lock, like ADD COLUMN).

-- fire: plain
DROP INDEX orders_customer_idx;

-- fire: IF EXISTS, quoted
drop index if exists "Orders_Customer_Idx";

-- fire: several, schema-qualified, CASCADE
DROP INDEX app.a_idx, app.b_idx CASCADE;

-- fire: inside a DO block
DO $$ BEGIN DROP INDEX IF EXISTS sessions_user_idx; END $$;

-- fire: inside an explicit transaction
-- pgshift:no-transaction
BEGIN;
DROP INDEX events_at_idx;
COMMIT;

-- ok: CONCURRENTLY
DROP INDEX CONCURRENTLY IF EXISTS orders_customer_idx;

-- ok: an index created in the same file
CREATE TABLE IF NOT EXISTS t (a int);
CREATE INDEX t_a_idx ON t (a);
DROP INDEX t_a_idx;

-- ok: a schema-qualified index created in the same file
CREATE TABLE app.t2 (a int);
CREATE INDEX t2_a_idx ON app.t2 (a);
DROP INDEX app.t2_a_idx;

-- ok: dropping a trigger is not dropping an index
DROP TRIGGER IF EXISTS audit_trigger ON users;

-- ok: dropping a type
DROP TYPE IF EXISTS mood;
