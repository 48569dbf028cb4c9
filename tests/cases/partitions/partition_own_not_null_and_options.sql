-- a partition gets its own NOT NULL on a column it inherits (and a storage parameter): set on the partition itself
-- @before
CREATE TABLE public.m (id int NOT NULL, d date NOT NULL, v text, PRIMARY KEY (id, d)) PARTITION BY RANGE (d);
CREATE INDEX m_v ON public.m (v);
CREATE TABLE public.m_2023 PARTITION OF public.m FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE public.m_2024 PARTITION OF public.m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- @after
CREATE TABLE public.m (id int NOT NULL, d date NOT NULL, v text, PRIMARY KEY (id, d)) PARTITION BY RANGE (d);
CREATE INDEX m_v ON public.m (v);
CREATE TABLE public.m_2023 PARTITION OF public.m FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE public.m_2024 PARTITION OF public.m (v WITH OPTIONS NOT NULL) FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') WITH (fillfactor=70);
