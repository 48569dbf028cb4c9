-- an old partition is dropped entirely: its rows are lost
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.metrics (at date NOT NULL, v int) PARTITION BY RANGE (at);
CREATE TABLE public.metrics_2022 PARTITION OF public.metrics FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');
CREATE TABLE public.metrics_2023 PARTITION OF public.metrics FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
-- @after
CREATE TABLE public.metrics (at date NOT NULL, v int) PARTITION BY RANGE (at);
CREATE TABLE public.metrics_2023 PARTITION OF public.metrics FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
