-- ADD COLUMN on existing tables.

-- fire: plain
ALTER TABLE orders ADD COLUMN note text;

-- fire: IF NOT EXISTS, schema-qualified
alter table app.users add column if not exists nickname text;

-- fire: a foreign table
ALTER FOREIGN TABLE remote_orders ADD COLUMN region text;

-- fire: after CREATE TABLE IF NOT EXISTS, which may have found the table
CREATE TABLE IF NOT EXISTS events (id bigint);
ALTER TABLE events ADD COLUMN kind text;

-- fire: inside a DO block
DO $$ BEGIN ALTER TABLE invoices ADD COLUMN memo text; END $$;

-- ok: a table created in the same file
CREATE TABLE tmp_t (id bigint);
ALTER TABLE tmp_t ADD COLUMN note text;

-- ok: dropping a default
ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';

-- ok: a new table
CREATE TABLE tmp_u (id bigint, note text);

-- ok: a schema-qualified table created here
CREATE TABLE app.tmp_v (id bigint);
ALTER TABLE app.tmp_v ADD COLUMN note text;

-- ok: renaming a constraint
ALTER TABLE orders RENAME CONSTRAINT a TO b;
