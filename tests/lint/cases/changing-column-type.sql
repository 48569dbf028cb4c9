-- ALTER COLUMN ... TYPE that rewrites an existing table.

-- fire: int to bigint
ALTER TABLE events ALTER COLUMN id TYPE bigint;

-- fire: a conversion with USING, even to text
alter table "Core"."Recipes" alter column "Edits" type text using "Edits"::text;

-- fire: SET DATA TYPE to varchar(n), several columns
ALTER TABLE products ALTER COLUMN sku SET DATA TYPE varchar(32), ALTER COLUMN price TYPE numeric(12,2);

-- fire: to an array type
ALTER TABLE ONLY posts ALTER COLUMN tags TYPE text[] USING string_to_array(tags, ',');

-- fire: inside a DO block
DO $$ BEGIN ALTER TABLE IF EXISTS metrics ALTER COLUMN value TYPE double precision; END $$;

-- fire: a column added earlier in the file still lives in an existing table
ALTER TABLE orders ADD COLUMN code integer;
ALTER TABLE orders ALTER COLUMN code TYPE bigint;

-- ok: widening to text without USING
ALTER TABLE products ALTER COLUMN description TYPE text;

-- ok: removing a varchar limit
ALTER TABLE products ALTER COLUMN sku TYPE varchar;

-- ok: a table created in the same file
CREATE TABLE tmp_events (id integer);
ALTER TABLE tmp_events ALTER COLUMN id TYPE bigint;

-- ok: changing a default is not changing the type
ALTER TABLE events ALTER COLUMN created_at SET DEFAULT now();

-- ok: changing statistics and storage
ALTER TABLE events ALTER COLUMN payload SET STATISTICS 500, ALTER COLUMN payload SET STORAGE EXTERNAL;

-- fire (warning): a foreign table column (nothing is rewritten here)
ALTER FOREIGN TABLE remote_orders ALTER COLUMN total TYPE numeric(14, 2);

-- fire (warning): a composite type attribute, with CASCADE
ALTER TYPE address ALTER ATTRIBUTE zip TYPE text CASCADE;

-- ok: an attribute of a composite type created in the file
CREATE TYPE money_pair AS (amount integer, currency text);
ALTER TYPE money_pair ALTER ATTRIBUTE amount TYPE bigint;
