-- 32-bit integer columns.

-- fire: integer in CREATE TABLE
CREATE TABLE counters (id integer PRIMARY KEY, hits int4 NOT NULL);

-- fire: serial
create table "Visits" ("Id" serial);

-- fire: added column
ALTER TABLE orders ADD COLUMN item_count int;

-- fire: type change to integer
ALTER TABLE orders ALTER COLUMN qty TYPE integer;

-- fire: an array of integers, quoted type name
CREATE TABLE matrices (cells "integer"[]);

-- ok: bigint everywhere
CREATE TABLE counters (id bigint PRIMARY KEY, hits int8 NOT NULL, seq bigserial);

-- ok: identity bigint
CREATE TABLE visits (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);

-- ok: smallint is another rule
CREATE TABLE ratings (stars numeric(2,1));

-- ok: integer in a cast is not a column
CREATE VIEW order_counts AS SELECT customer_id, count(*)::bigint AS n FROM orders GROUP BY customer_id;

-- ok: widening to bigint on a new table
CREATE TABLE tmp_counts (n bigint);
ALTER TABLE tmp_counts ALTER COLUMN n TYPE numeric;
