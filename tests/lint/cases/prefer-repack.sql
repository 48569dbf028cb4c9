-- VACUUM FULL and CLUSTER on existing tables.

-- fire: VACUUM FULL
VACUUM FULL orders;

-- fire: VACUUM with the FULL option and others, schema-qualified
vacuum (full, analyze, verbose) "Shop"."Orders";

-- fire: VACUUM (FULL true) on several tables
VACUUM (FULL true) events, event_payloads;

-- fire: CLUSTER a table on an index
CLUSTER orders USING orders_placed_at_idx;

-- fire: CLUSTER every clustered table
CLUSTER;

-- fire: VACUUM FULL of the whole database
VACUUM FULL;

-- ok: plain VACUUM
VACUUM orders;

-- ok: VACUUM ANALYZE and FREEZE
VACUUM (ANALYZE, FREEZE) orders;

-- ok: FULL turned off
VACUUM (FULL false) orders;

-- ok: ANALYZE alone
ANALYZE orders;

-- ok: a table created in the same file
-- pgshift:no-transaction
CREATE TABLE IF NOT EXISTS staging_rows (id bigint);
VACUUM FULL staging_rows;
CLUSTER staging_rows;
