-- smallint and integer columns (info notes, the union of the two narrower rules).

-- fire: integer in CREATE TABLE
CREATE TABLE counters (id bigint, hits integer);

-- fire: smallint in ADD COLUMN
ALTER TABLE orders ADD COLUMN IF NOT EXISTS priority smallint;

-- fire: serial and smallserial
CREATE TABLE tickets (id serial, seq smallserial);

-- fire: ALTER COLUMN ... TYPE to a quoted integer
CREATE TABLE t_new (c bigint);
ALTER TABLE t_new ALTER COLUMN c TYPE "integer";

-- fire: arrays
CREATE TABLE scores (vals int4[], small int2[]);

-- ok: bigint
CREATE TABLE counters2 (id bigint, hits int8);

-- ok: bigserial and serial8
CREATE TABLE tickets2 (id bigserial, seq serial8);

-- ok: numeric and text
CREATE TABLE prices (amount numeric(12, 2), label text);

-- ok: bigint identity
CREATE TABLE events2 (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);

-- ok: ADD COLUMN bigint
ALTER TABLE orders ADD COLUMN IF NOT EXISTS total_cents bigint;
