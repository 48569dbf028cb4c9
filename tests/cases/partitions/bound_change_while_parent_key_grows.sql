-- a partition's bound changes (detach, attach) while the parent's key gains a column: the detached partition needs the key's NOT NULL itself before it is attached again, and gives it up itself on the way back
-- @before
CREATE TABLE public.m (id int, at date, v text) PARTITION BY RANGE (at);
CREATE TABLE public.m_2024 PARTITION OF public.m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX ON public.m (id);
ALTER TABLE public.m ADD CONSTRAINT m_pk PRIMARY KEY (id, at);
-- @after
CREATE TABLE public.m (id int, at date, v text) PARTITION BY RANGE (at);
CREATE TABLE public.m_2024 PARTITION OF public.m FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
CREATE TABLE public.m_2025 PARTITION OF public.m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (v);
CREATE TABLE public.m_2025_a PARTITION OF public.m_2025 FOR VALUES IN ('a');
CREATE INDEX ON public.m (id, at);
ALTER TABLE public.m ADD CONSTRAINT m_pk PRIMARY KEY (id, at, v);
