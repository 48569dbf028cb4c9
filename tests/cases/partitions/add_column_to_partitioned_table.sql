-- a column added to a partitioned parent propagates to all partitions: only one ALTER on the parent, none per partition
-- @before
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.events_a PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
CREATE TABLE public.events_b PARTITION OF public.events FOR VALUES FROM ('2024-07-01') TO ('2025-01-01');
-- @after
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, source text NOT NULL DEFAULT 'web') PARTITION BY RANGE (at);
CREATE TABLE public.events_a PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
CREATE TABLE public.events_b PARTITION OF public.events FOR VALUES FROM ('2024-07-01') TO ('2025-01-01');
