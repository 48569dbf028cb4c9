-- a partitioned table is dropped but one of its partitions stays as a plain table: the partition's copy of the parent's index becomes its own when it is detached, and the target has none
-- @before
CREATE TABLE public.events (happened_on date, kind text) PARTITION BY RANGE (happened_on);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_kind_idx ON public.events (kind);
-- @after
CREATE TABLE public.events_2024 (happened_on date, kind text);
