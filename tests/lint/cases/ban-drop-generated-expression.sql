-- ALTER COLUMN ... DROP EXPRESSION on existing tables.

-- fire: plain
ALTER TABLE orders ALTER COLUMN total_cents DROP EXPRESSION;

-- fire: IF EXISTS, without COLUMN
alter table orders alter search drop expression if exists;

-- fire: ONLY, schema-qualified
ALTER TABLE ONLY app.items ALTER COLUMN slug DROP EXPRESSION;

-- fire: multi-command
ALTER TABLE invoices ALTER COLUMN a DROP EXPRESSION, ALTER COLUMN b DROP EXPRESSION;

-- fire: inside a DO block
DO $$ BEGIN ALTER TABLE payments ALTER COLUMN net DROP EXPRESSION; END $$;

-- ok: a table created in the same file
CREATE TABLE tmp_t (a int, b int GENERATED ALWAYS AS (a * 2) STORED);
ALTER TABLE tmp_t ALTER COLUMN b DROP EXPRESSION;

-- ok: dropping a default
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';

-- ok: dropping an identity is another rule
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note text;

-- ok: a generated column in a new table
CREATE TABLE tmp_u (a int, b int GENERATED ALWAYS AS (a + 1) STORED);

-- ok: dropping NOT NULL
ALTER TABLE orders ALTER COLUMN note DROP NOT NULL;
