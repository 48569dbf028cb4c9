-- publication options change (publish only insert, update; publish_via_partition_root on): ALTER PUBLICATION SET (...)
-- @before
CREATE TABLE public.logs (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.logs_2024 PARTITION OF public.logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE PUBLICATION pgshift_logs_pub FOR TABLE public.logs;
-- @after
CREATE TABLE public.logs (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.logs_2024 PARTITION OF public.logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE PUBLICATION pgshift_logs_pub FOR TABLE public.logs WITH (publish = 'insert, update', publish_via_partition_root = true);
