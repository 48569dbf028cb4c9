-- Dropping NOT NULL from existing columns and domains.

-- fire: plain
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;

-- fire: quoted, schema-qualified, IF EXISTS, ONLY
alter table if exists only "Billing"."Invoices" alter column "DueDate" drop not null;

-- fire: several columns
ALTER TABLE orders ALTER placed_at DROP NOT NULL, ALTER COLUMN total DROP NOT NULL;

-- fire: a domain
ALTER DOMAIN tenant_id DROP NOT NULL;

-- fire: inside a DO block
DO $$ BEGIN ALTER TABLE shipments ALTER COLUMN carrier DROP NOT NULL; END $$;

-- ok: setting NOT NULL is a different rule
ALTER TABLE users ADD COLUMN verified boolean NOT NULL DEFAULT false;

-- ok: a table created in the same file
CREATE TABLE drafts (title text NOT NULL);
ALTER TABLE drafts ALTER COLUMN title DROP NOT NULL;

-- ok: dropping a default
ALTER TABLE users ALTER COLUMN email DROP DEFAULT;

-- ok: domain defaults
ALTER DOMAIN tenant_id DROP DEFAULT;

-- ok: a check constraint dropped
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_nn;
