-- ALTER TABLE ... DROP CONSTRAINT on existing tables.

-- fire: plain
ALTER TABLE orders DROP CONSTRAINT orders_amount_check;

-- fire: IF EXISTS, CASCADE
alter table if exists users drop constraint if exists users_email_key cascade;

-- fire: multi-command, schema-qualified, ONLY
ALTER TABLE ONLY app.items DROP CONSTRAINT a_check, DROP CONSTRAINT b_check;

-- fire: foreign table
ALTER FOREIGN TABLE remote_orders DROP CONSTRAINT remote_check;

-- fire: inside a DO block
DO $$ BEGIN ALTER TABLE invoices DROP CONSTRAINT invoices_total_check; END $$;

-- ok: a table created in the same file
CREATE TABLE tmp_t (id int CONSTRAINT positive CHECK (id > 0));
ALTER TABLE tmp_t DROP CONSTRAINT positive;

-- ok: adding a constraint NOT VALID
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;

-- ok: validating a constraint
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;

-- ok: renaming a constraint
ALTER TABLE orders RENAME CONSTRAINT orders_total_check TO orders_total_nonneg;

-- ok: dropping a domain constraint
ALTER DOMAIN positive_int DROP CONSTRAINT positive_int_check;
