-- Renaming columns of existing relations.

-- fire: RENAME COLUMN
ALTER TABLE users RENAME COLUMN email TO email_address;

-- fire: RENAME without COLUMN, quoted, schema-qualified, IF EXISTS, ONLY
alter table if exists only "Crm"."Contacts" rename "Phone" to "PhoneNumber";

-- fire (warning): a view column (a view holds no data)
ALTER VIEW active_users RENAME COLUMN email TO contact_email;

-- fire (warning): a materialized view column, quoted
alter materialized view "Reports"."Daily" rename column "Total" to "Sum";

-- fire: a foreign table column
ALTER FOREIGN TABLE remote_users RENAME COLUMN email TO contact_email;

-- fire: a composite type attribute
ALTER TYPE address RENAME ATTRIBUTE zip TO postal_code;

-- fire: inside a DO block
DO $$ BEGIN ALTER TABLE orders RENAME COLUMN total TO amount; END $$;

-- ok: a table created in the same file
CREATE TABLE drafts (titel text);
ALTER TABLE drafts RENAME COLUMN titel TO title;

-- ok: renaming an index
ALTER INDEX users_email_idx RENAME TO users_email_key_idx;

-- ok: renaming a constraint
ALTER TABLE users RENAME CONSTRAINT users_email_check TO users_email_format;

-- ok: adding the new column beside the old one
ALTER TABLE users ADD COLUMN email_address text;

-- ok: renaming an enum value
ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';

-- ok: an attribute of a composite type created in the same file
CREATE TYPE tmp_pair AS (a int, b int);
ALTER TYPE tmp_pair RENAME ATTRIBUTE a TO first;
