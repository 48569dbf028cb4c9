-- New constraints and requirements that can reject client writes.

-- fire: a CHECK added NOT VALID
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;

-- fire: SET NOT NULL
alter table app.users alter column email set not null;

-- fire: a unique index built concurrently
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON users (email);

-- fire: a domain requirement
ALTER DOMAIN positive_int ADD CONSTRAINT positive CHECK (VALUE > 0) NOT VALID;

-- fire: a new column with a constraint, inside a DO block
DO $$ BEGIN ALTER TABLE invoices ADD COLUMN code text UNIQUE; END $$;

-- ok: a table created in the same file
CREATE TABLE tmp_t (id bigint);
ALTER TABLE tmp_t ADD CONSTRAINT tmp_check CHECK (id > 0);
CREATE UNIQUE INDEX tmp_t_id ON tmp_t (id);

-- ok: a plain index
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_placed_idx ON orders (placed_at);

-- ok: a nullable column without constraints
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note text;

-- ok: dropping NOT NULL loosens
ALTER TABLE orders ALTER COLUMN note DROP NOT NULL;

-- ok: validating an existing constraint
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;
