-- partitions created as PARTITION OF parents that exist (a range parent with rows in another partition, a list parent with a DEFAULT partition, a new sub-partitioned partition) declare the ACCESS EXCLUSIVE lock CREATE TABLE ... PARTITION OF takes on the parent; a partition of a parent the plan creates declares none
-- expect-hazards: acquires-access-exclusive-lock, full-table-scan
-- @before
CREATE TABLE public.metrics (taken date NOT NULL, value numeric) PARTITION BY RANGE (taken);
CREATE TABLE public.metrics_2024 PARTITION OF public.metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.tickets (queue text NOT NULL, body text) PARTITION BY LIST (queue);
CREATE TABLE public.tickets_other PARTITION OF public.tickets DEFAULT;
-- @after
CREATE TABLE public.metrics (taken date NOT NULL, value numeric) PARTITION BY RANGE (taken);
CREATE TABLE public.metrics_2024 PARTITION OF public.metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.metrics_2025 PARTITION OF public.metrics FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY RANGE (taken);
CREATE TABLE public.metrics_2025_h1 PARTITION OF public.metrics_2025 FOR VALUES FROM ('2025-01-01') TO ('2025-07-01');
CREATE TABLE public.tickets (queue text NOT NULL, body text) PARTITION BY LIST (queue);
CREATE TABLE public.tickets_other PARTITION OF public.tickets DEFAULT;
CREATE TABLE public.tickets_billing PARTITION OF public.tickets FOR VALUES IN ('billing');
CREATE TABLE public.events (at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
