-- a column of a partitioned table changes type under an index: the parent index is built again with the partitions' indexes, attached
-- @before
CREATE TABLE public.m (id int NOT NULL, d date NOT NULL, v int) PARTITION BY RANGE (d);
CREATE INDEX ON public.m (v);
CREATE TABLE public.m_2023 PARTITION OF public.m FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
-- @after
CREATE TABLE public.m (id int NOT NULL, d date NOT NULL, v bigint) PARTITION BY RANGE (d);
CREATE INDEX ON public.m (v);
CREATE TABLE public.m_2023 PARTITION OF public.m FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
