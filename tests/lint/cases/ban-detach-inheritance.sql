-- DETACH PARTITION and NO INHERIT on existing tables.

-- fire: DETACH PARTITION CONCURRENTLY
-- pgshift:no-transaction
ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;

-- fire: NO INHERIT
alter table cities_archive no inherit cities;

-- fire: plain DETACH, schema-qualified
ALTER TABLE app.measurements DETACH PARTITION app.measurements_y2020;

-- fire: IF EXISTS
ALTER TABLE IF EXISTS logs DETACH PARTITION logs_old CONCURRENTLY;

-- fire: inside a DO block
DO $$ BEGIN ALTER TABLE child_t NO INHERIT parent_t; END $$;

-- ok: a table created in the same file
CREATE TABLE tmp_child (id int);
ALTER TABLE tmp_child NO INHERIT parent_t;

-- ok: attaching a partition
CREATE TABLE IF NOT EXISTS events_2025 (id bigint);
ALTER TABLE events_2025 ADD COLUMN IF NOT EXISTS note text;

-- ok: inheriting
CREATE TABLE tmp_c2 (id int);
ALTER TABLE tmp_c2 INHERIT parent_t;

-- ok: FINALIZE of a detach that already ran
-- pgshift:no-transaction
ALTER TABLE events DETACH PARTITION events_2022 FINALIZE;

-- ok: a new partitioned table
CREATE TABLE tmp_p (id bigint, at date) PARTITION BY RANGE (at);
