-- a partition becomes a plain table without one of the parent's columns: the detach leaves it as the table's own, then it is dropped
-- @before
CREATE TABLE public.m (id int, at date, v text) PARTITION BY RANGE (at);
CREATE TABLE public.m_2024 PARTITION OF public.m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- @after
CREATE TABLE public.m (id int, at date, v text) PARTITION BY RANGE (at);
CREATE TABLE public.m_2024 (id int, at date);
