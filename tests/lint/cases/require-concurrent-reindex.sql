-- REINDEX without CONCURRENTLY.

-- fire: REINDEX INDEX
REINDEX INDEX orders_customer_idx;

-- fire: REINDEX TABLE, quoted and schema-qualified
reindex table "Shop"."Orders";

-- fire: REINDEX SCHEMA with options
-- pgshift:no-transaction
REINDEX (VERBOSE) SCHEMA app;

-- fire: REINDEX DATABASE
-- pgshift:no-transaction
REINDEX DATABASE appdb;

-- fire: CONCURRENTLY turned off
REINDEX (CONCURRENTLY false) TABLE events;

-- fire: inside a DO block
DO $$ BEGIN REINDEX TABLE sessions; END $$;

-- ok: CONCURRENTLY keyword
-- pgshift:no-transaction
REINDEX INDEX CONCURRENTLY orders_customer_idx;

-- ok: CONCURRENTLY option
-- pgshift:no-transaction
REINDEX (CONCURRENTLY) TABLE orders;

-- ok: CONCURRENTLY true with VERBOSE
-- pgshift:no-transaction
REINDEX (CONCURRENTLY true, VERBOSE) SCHEMA app;

-- ok: system catalogs cannot be reindexed concurrently
-- pgshift:no-transaction
REINDEX SYSTEM;

-- ok: a table and index created in the same file
CREATE TABLE t (a int);
CREATE INDEX t_a ON t (a);
REINDEX TABLE t;
REINDEX INDEX t_a;
