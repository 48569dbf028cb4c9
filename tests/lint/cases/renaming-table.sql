-- Renaming (or moving) existing tables; views renamed with ALTER VIEW are renaming-object's.

-- fire: RENAME TO
ALTER TABLE users RENAME TO accounts;

-- fire: quoted, schema-qualified, IF EXISTS
alter table if exists "Shop"."Orders" rename to "Purchases";

-- fire: a foreign table
ALTER FOREIGN TABLE remote_orders RENAME TO remote_purchases;

-- fire: moved to another schema
ALTER TABLE users SET SCHEMA archive;

-- fire: inside a DO block
DO $$ BEGIN ALTER TABLE IF EXISTS legacy_items RENAME TO items_v1; END $$;

-- ok: a table created in the same file
CREATE TABLE users_new (id bigint);
ALTER TABLE users_new RENAME TO users_next;

-- ok: renaming a column is another rule
ALTER TABLE users ADD COLUMN IF NOT EXISTS display_name text;

-- ok: renaming an index
ALTER INDEX IF EXISTS orders_idx RENAME TO orders_placed_idx;

-- ok: renaming a sequence
ALTER SEQUENCE order_numbers RENAME TO order_number_seq;

-- ok: a view renamed with ALTER VIEW warns under renaming-object
ALTER VIEW order_totals RENAME TO order_sums;

-- ok: a materialized view moved to another schema warns under ban-set-schema
ALTER MATERIALIZED VIEW IF EXISTS daily_sales SET SCHEMA reporting;

-- ok: keeping the old name as a view over the new table
CREATE VIEW legacy_users AS SELECT * FROM accounts;
