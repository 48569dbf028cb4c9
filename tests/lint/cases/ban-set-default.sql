-- ALTER COLUMN ... SET DEFAULT on existing tables.

-- fire: plain
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';

-- fire: IF EXISTS, without COLUMN, a function default
alter table if exists users alter created_at set default now();

-- fire: multi-command, schema-qualified
ALTER TABLE app.items ALTER COLUMN a SET DEFAULT 1, ALTER COLUMN b SET DEFAULT 2;

-- fire: ONLY
ALTER TABLE ONLY events ALTER COLUMN kind SET DEFAULT 'click';

-- fire: inside a DO block
DO $$ BEGIN ALTER TABLE invoices ALTER COLUMN currency SET DEFAULT 'EUR'; END $$;

-- ok: a table created in the same file
CREATE TABLE tmp_t (status text);
ALTER TABLE tmp_t ALTER COLUMN status SET DEFAULT 'new';

-- ok: dropping a default
ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;

-- ok: adding a column with a default
ALTER TABLE orders ADD COLUMN IF NOT EXISTS priority int DEFAULT 0;

-- ok: a domain default
ALTER DOMAIN amount SET DEFAULT 0;

-- ok: a table created in an earlier statement of a DO block
DO $$ BEGIN CREATE TABLE tmp_u (a int); ALTER TABLE tmp_u ALTER COLUMN a SET DEFAULT 1; END $$;
