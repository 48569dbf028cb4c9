-- a column of the partition key changes type (PostgreSQL cannot alter it in place): the partitioned table is recreated and its partitions, the default one too, take the new type and are attached again
-- @before
CREATE TABLE public.m (id int NOT NULL, k int NOT NULL, PRIMARY KEY (id, k)) PARTITION BY LIST (k);
CREATE TABLE public.m_1 PARTITION OF public.m FOR VALUES IN (1);
CREATE TABLE public.m_d PARTITION OF public.m DEFAULT;
-- @after
CREATE TABLE public.m (id int NOT NULL, k bigint NOT NULL, PRIMARY KEY (id, k)) PARTITION BY LIST (k);
CREATE TABLE public.m_1 PARTITION OF public.m FOR VALUES IN (1);
CREATE TABLE public.m_d PARTITION OF public.m DEFAULT;
