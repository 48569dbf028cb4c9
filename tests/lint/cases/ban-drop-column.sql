-- Dropping columns (and attributes) that exist.

-- fire: plain drop
ALTER TABLE users DROP COLUMN legacy_flag;

-- fire: IF EXISTS and CASCADE, quoted and schema-qualified
alter table "Crm"."Leads" drop column if exists "Score" cascade;

-- fire: several columns and ONLY, without the COLUMN keyword
ALTER TABLE ONLY events DROP payload_v1, DROP payload_v2;

-- fire: inside an explicit transaction, after other changes
-- pgshift:no-transaction
BEGIN;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note_v2 text;
ALTER TABLE orders DROP COLUMN note;
COMMIT;

-- fire: inside a DO block
DO $$ BEGIN EXECUTE 'ALTER TABLE invoices DROP COLUMN pdf_blob'; END $$;

-- ok: a table created in the same file
CREATE TABLE tmp_rows (a int, b int);
ALTER TABLE tmp_rows DROP COLUMN b;

-- ok: adding a column
ALTER TABLE users ADD COLUMN legacy_flag_v2 boolean;

-- ok: dropping a default or a constraint
ALTER TABLE users ALTER COLUMN email DROP DEFAULT, DROP CONSTRAINT IF EXISTS users_email_check;

-- ok: adding a column guarded by IF NOT EXISTS
ALTER TABLE users ADD COLUMN IF NOT EXISTS middle_name text;

-- ok: recreating a view with fewer columns is not dropping a table column
CREATE OR REPLACE VIEW active_users AS SELECT id, email FROM users WHERE active;

-- fire: a table created only if absent may be an old one holding data
CREATE TABLE IF NOT EXISTS audit_entries (id bigint, payload jsonb, legacy_note text);
ALTER TABLE audit_entries DROP COLUMN legacy_note;
