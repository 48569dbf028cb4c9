-- a new range-partitioned table with two partitions and a default partition: parent first, then each partition with its bounds
-- @before
-- @after
CREATE TABLE public.measurements (
    device_id int NOT NULL,
    taken_at timestamptz NOT NULL,
    value double precision,
    PRIMARY KEY (device_id, taken_at)
) PARTITION BY RANGE (taken_at);
CREATE TABLE public.measurements_2024 PARTITION OF public.measurements FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2025-01-01 00:00+00');
CREATE TABLE public.measurements_2025 PARTITION OF public.measurements FOR VALUES FROM ('2025-01-01 00:00+00') TO ('2026-01-01 00:00+00');
CREATE TABLE public.measurements_other PARTITION OF public.measurements DEFAULT;
