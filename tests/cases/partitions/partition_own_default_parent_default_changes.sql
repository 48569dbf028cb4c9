-- the parent's default changes while a partition keeps its own: the parent's SET DEFAULT recurses, so the partition's own is set again after it
-- @before
CREATE TABLE public.m (id int NOT NULL, k int NOT NULL, v text DEFAULT 'a') PARTITION BY LIST (k);
CREATE TABLE public.m_1 PARTITION OF public.m (v DEFAULT 'own') FOR VALUES IN (1);
CREATE TABLE public.m_2 PARTITION OF public.m FOR VALUES IN (2);
-- @after
CREATE TABLE public.m (id int NOT NULL, k int NOT NULL, v text DEFAULT 'b') PARTITION BY LIST (k);
CREATE TABLE public.m_1 PARTITION OF public.m (v DEFAULT 'own') FOR VALUES IN (1);
CREATE TABLE public.m_2 PARTITION OF public.m FOR VALUES IN (2);
