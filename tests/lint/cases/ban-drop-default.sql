-- ALTER COLUMN ... DROP DEFAULT on existing tables.

-- fire: plain
ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;

-- fire: IF EXISTS, without COLUMN
alter table if exists users alter role drop default;

-- fire: multi-command, schema-qualified
ALTER TABLE app.items ALTER COLUMN a DROP DEFAULT, ALTER COLUMN b DROP DEFAULT;

-- fire: foreign table
ALTER FOREIGN TABLE remote_orders ALTER COLUMN status DROP DEFAULT;

-- fire: inside a DO block
DO $$ BEGIN ALTER TABLE invoices ALTER COLUMN currency DROP DEFAULT; END $$;

-- ok: a table created in the same file
CREATE TABLE tmp_t (status text DEFAULT 'new');
ALTER TABLE tmp_t ALTER COLUMN status DROP DEFAULT;

-- ok: setting a default
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';

-- ok: dropping NOT NULL is another rule
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note text;

-- ok: a domain default
ALTER DOMAIN amount DROP DEFAULT;

-- ok: adding a column with a default
ALTER TABLE orders ADD COLUMN IF NOT EXISTS priority int DEFAULT 0;
