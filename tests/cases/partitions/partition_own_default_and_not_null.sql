-- a partition's own default and NOT NULL on inherited columns, set and removed
-- @before
CREATE TABLE public.m (id int NOT NULL, k int NOT NULL, v text) PARTITION BY LIST (k);
CREATE TABLE public.m_1 PARTITION OF public.m FOR VALUES IN (1);
-- @after
CREATE TABLE public.m (id int NOT NULL, k int NOT NULL, v text DEFAULT 'p') PARTITION BY LIST (k);
CREATE TABLE public.m_1 PARTITION OF public.m (v DEFAULT 'own') FOR VALUES IN (1);
