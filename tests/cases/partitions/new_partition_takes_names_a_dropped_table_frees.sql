-- a new partition whose copies of the parent's key and index take names a table the plan drops held (PostgreSQL names them <table>_pkey, <table>_<columns>_idx, free once that table is gone, as the drop runs first): nothing is renamed after it joins; the way back drops the partition and creates the old table with its names again
-- @before
CREATE TABLE public.metrics (id bigint NOT NULL, at date NOT NULL, host text) PARTITION BY RANGE (at);
CREATE TABLE public.metrics_2025 PARTITION OF public.metrics FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.metrics ADD PRIMARY KEY (id, at);
CREATE INDEX metrics_host ON public.metrics (host);
CREATE TABLE public.metrics_import (id bigint NOT NULL, at date NOT NULL, host text, CONSTRAINT metrics_2026_pkey PRIMARY KEY (id, at));
CREATE INDEX metrics_2026_host_idx ON public.metrics_import (host);
-- @after
CREATE TABLE public.metrics (id bigint NOT NULL, at date NOT NULL, host text) PARTITION BY RANGE (at);
CREATE TABLE public.metrics_2025 PARTITION OF public.metrics FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.metrics_2026 PARTITION OF public.metrics FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE public.metrics ADD PRIMARY KEY (id, at);
CREATE INDEX metrics_host ON public.metrics (host);
