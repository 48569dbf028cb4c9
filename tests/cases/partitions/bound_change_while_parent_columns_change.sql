-- a partition moves to another bound while the parent adds, drops and retypes columns: the detached partition takes each change itself before it is attached again
-- @before
CREATE TABLE public.m (id int, at date, v text, old int) PARTITION BY RANGE (at);
CREATE TABLE public.m_2024 PARTITION OF public.m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- @after
CREATE TABLE public.m (id bigint, at date, v text NOT NULL, added int) PARTITION BY RANGE (at);
CREATE TABLE public.m_2024 PARTITION OF public.m FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
