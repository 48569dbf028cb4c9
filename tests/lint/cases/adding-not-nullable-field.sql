-- SET NOT NULL (or a NOT NULL constraint) that scans an existing table.

-- fire: plain SET NOT NULL
ALTER TABLE users ALTER COLUMN email SET NOT NULL;

-- fire: several columns, quoted and schema-qualified, ONLY
alter table only "Crm"."Contacts" alter column "FirstName" set not null, alter "LastName" set not null;

-- fire: a check added NOT VALID but never validated proves nothing
ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;

-- fire: a validated check on another column
ALTER TABLE users ADD CONSTRAINT users_name_nn CHECK (name IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_name_nn;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;

-- fire: validating an unrelated constraint of an earlier migration
ALTER TABLE users VALIDATE CONSTRAINT users_age_positive;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;

-- fire: a NOT NULL table constraint without NOT VALID (PostgreSQL 18)
ALTER TABLE users ADD CONSTRAINT users_email_not_null NOT NULL email;

-- fire: inside a DO block and an explicit transaction
-- pgshift:no-transaction
BEGIN;
DO $$ BEGIN ALTER TABLE IF EXISTS orders ALTER COLUMN placed_at SET NOT NULL; END $$;
COMMIT;

-- fire (warning): a domain set NOT NULL checks every column of it
ALTER DOMAIN email_address SET NOT NULL;

-- fire (warning): a schema-qualified, quoted domain
alter domain "Billing"."CurrencyCode" set not null;

-- fire (warning): a foreign table column is assumed, not checked
ALTER FOREIGN TABLE remote_accounts ALTER COLUMN email SET NOT NULL;

-- fire (warning): several foreign table columns, IF EXISTS
alter foreign table if exists archive.old_orders alter column placed_at set not null, alter column total set not null;

-- ok: the documented safe order, spread over transactions
-- pgshift:no-transaction
ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_email_nn;

-- ok: the documented safe order in one plain file (it runs statement by statement)
ALTER TABLE customers ADD CONSTRAINT customers_phone_present CHECK (phone IS NOT NULL) NOT VALID;
ALTER TABLE customers VALIDATE CONSTRAINT customers_phone_present;
ALTER TABLE customers ALTER COLUMN phone SET NOT NULL;
ALTER TABLE customers DROP CONSTRAINT customers_phone_present;

-- ok: the check was added NOT VALID by an earlier migration, named after the column
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_email_not_null;

-- ok: the same pattern with a helper whose name does not say the column
alter table accounts validate constraint chk_tmp_1;
alter table accounts alter column owner_id set not null;
alter table accounts drop constraint chk_tmp_1;

-- ok: NOT NULL with a default on a new column (no scan since PostgreSQL 11)
ALTER TABLE users ADD COLUMN is_active boolean NOT NULL DEFAULT true;

-- ok: a table created in the same file
CREATE TABLE staging_users (id bigint, email text);
ALTER TABLE staging_users ALTER COLUMN email SET NOT NULL;

-- ok: NOT NULL table constraint added NOT VALID
ALTER TABLE users ADD CONSTRAINT users_phone_not_null NOT NULL phone NOT VALID;

-- ok: a domain created in the same file
CREATE DOMAIN order_code AS text;
ALTER DOMAIN order_code SET NOT NULL;

-- ok: dropping NOT NULL from a domain and a foreign table column
ALTER DOMAIN email_address DROP NOT NULL;
ALTER FOREIGN TABLE remote_accounts ALTER COLUMN email DROP NOT NULL;
