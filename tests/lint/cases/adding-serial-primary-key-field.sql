-- Primary keys built in place on existing tables.

-- fire: serial primary key column
ALTER TABLE visits ADD COLUMN id serial PRIMARY KEY;

-- fire: primary key on existing columns
alter table "Inventory"."Items" add primary key ("Sku");

-- fire: named primary key constraint, multi-command
ALTER TABLE ONLY tags ADD COLUMN tag_id bigint, ADD CONSTRAINT tags_pkey PRIMARY KEY (tag_id);

-- fire: identity primary key column in an explicit transaction
-- pgshift:no-transaction
BEGIN;
ALTER TABLE page_views ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
COMMIT;

-- fire: inside a DO block
DO $$ BEGIN ALTER TABLE IF EXISTS clicks ADD CONSTRAINT clicks_pk PRIMARY KEY (id); END $$;

-- ok: primary key attached from an index built concurrently
ALTER TABLE items ADD CONSTRAINT items_pkey PRIMARY KEY USING INDEX items_id_idx;

-- ok: primary key in CREATE TABLE
CREATE TABLE sessions (id uuid PRIMARY KEY, user_id bigint NOT NULL);

-- ok: a table created in the same file
CREATE TABLE import_rows (line integer);
ALTER TABLE import_rows ADD PRIMARY KEY (line);

-- ok: a plain column
ALTER TABLE visits ADD COLUMN referrer text;

-- ok: swapping the primary key to a prepared index
ALTER TABLE accounts DROP CONSTRAINT IF EXISTS accounts_pkey, ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_new_pkey_idx;
