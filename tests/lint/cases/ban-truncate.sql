-- TRUNCATE of existing tables.

-- fire: plain
TRUNCATE sessions;

-- fire: TABLE keyword, ONLY, several tables, RESTART IDENTITY
truncate table only app.carts, app.cart_items restart identity;

-- fire: quoted name
TRUNCATE "EventLog";

-- fire: inside a DO block
DO $$ BEGIN TRUNCATE import_rows; END $$;

-- fire: one new table and one existing
CREATE TABLE staging (id bigint);
TRUNCATE staging, production_rows;

-- ok: a table created in the same file
CREATE TABLE staging (id bigint);
INSERT INTO staging VALUES (1);
TRUNCATE staging;

-- ok: deleting selected rows
DELETE FROM sessions WHERE expires_at < now();

-- ok: a temporary table
CREATE TEMP TABLE scratch_rows (id bigint);
TRUNCATE scratch_rows;

-- ok: a table created with CREATE TABLE AS
CREATE TABLE snapshot AS SELECT * FROM orders WHERE false;
TRUNCATE snapshot;

-- ok: a table created by SELECT INTO
SELECT id INTO order_ids FROM orders WHERE false;
TRUNCATE order_ids;

-- fire: truncating a table created only if absent
CREATE TABLE IF NOT EXISTS import_buffer (line text);
TRUNCATE import_buffer;
