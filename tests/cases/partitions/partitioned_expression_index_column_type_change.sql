-- a partitioned table's column under a partial expression index changes type: the partitions' indexes come back attached
-- @before
CREATE TABLE public.m (id int NOT NULL, k int NOT NULL, v int) PARTITION BY LIST (k);
CREATE INDEX m_expr ON public.m ((v + 1)) WHERE v > 0;
CREATE TABLE public.m_1 PARTITION OF public.m FOR VALUES IN (1);
-- @after
CREATE TABLE public.m (id int NOT NULL, k int NOT NULL, v numeric) PARTITION BY LIST (k);
CREATE INDEX m_expr ON public.m ((v + 1)) WHERE v > 0;
CREATE TABLE public.m_1 PARTITION OF public.m FOR VALUES IN (1);
