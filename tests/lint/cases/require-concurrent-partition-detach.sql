-- DETACH PARTITION without CONCURRENTLY.

-- fire: plain detach
ALTER TABLE measurements DETACH PARTITION measurements_2019;

-- fire: quoted and schema-qualified, IF EXISTS
alter table if exists "Metrics"."Readings" detach partition "Metrics"."Readings_2020";

-- fire: ONLY
ALTER TABLE ONLY events DETACH PARTITION events_old;

-- fire: inside an explicit transaction
-- pgshift:no-transaction
BEGIN;
ALTER TABLE logs DETACH PARTITION logs_2021;
COMMIT;

-- fire: inside a DO block
DO $$ BEGIN ALTER TABLE orders_by_month DETACH PARTITION orders_2018_01; END $$;

-- ok: CONCURRENTLY
ALTER TABLE measurements DETACH PARTITION measurements_2019 CONCURRENTLY;

-- ok: FINALIZE completes an interrupted concurrent detach
ALTER TABLE measurements DETACH PARTITION measurements_2019 FINALIZE;

-- ok: a partitioned table created in the same file
CREATE TABLE readings (at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE readings_2020 PARTITION OF readings FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
ALTER TABLE readings DETACH PARTITION readings_2020;

-- ok: attaching a partition is another operation
ALTER TABLE measurements ATTACH PARTITION measurements_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- ok: creating a new partition
CREATE TABLE IF NOT EXISTS measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
