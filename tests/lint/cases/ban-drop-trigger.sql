-- DROP TRIGGER of existing triggers.

-- fire: plain
DROP TRIGGER audit_orders ON orders;

-- fire: IF EXISTS, CASCADE, schema-qualified table
drop trigger if exists touch_updated_at on app.users cascade;

-- fire: quoted
DROP TRIGGER "AuditTrigger" ON "Orders";

-- fire: inside a DO block
DO $$ BEGIN DROP TRIGGER IF EXISTS sync_search ON documents; END $$;

-- fire: the same name on another table
CREATE TABLE events_new (id bigint);
CREATE TRIGGER stamp BEFORE INSERT ON events_new FOR EACH ROW EXECUTE FUNCTION stamp();
DROP TRIGGER stamp ON events;

-- ok: a trigger created in the same file
CREATE TABLE IF NOT EXISTS jobs (id bigint);
CREATE TRIGGER jobs_stamp BEFORE INSERT ON jobs FOR EACH ROW EXECUTE FUNCTION stamp();
DROP TRIGGER jobs_stamp ON jobs;

-- ok: creating a trigger
CREATE TRIGGER orders_stamp BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION stamp();

-- ok: enabling a trigger
ALTER TABLE orders ENABLE TRIGGER audit_orders;

-- ok: dropping a function
DROP FUNCTION IF EXISTS unused_fn();

-- ok: replacing a trigger in place
CREATE OR REPLACE TRIGGER orders_stamp BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION stamp();
