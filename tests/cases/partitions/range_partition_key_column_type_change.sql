-- a range partition key column goes from date to timestamp: the table is recreated, its partition retyped and attached with its bound
-- @before
CREATE TABLE public.m (id int NOT NULL, d date NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE public.m_1 PARTITION OF public.m FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
-- @after
CREATE TABLE public.m (id int NOT NULL, d timestamp NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE public.m_1 PARTITION OF public.m FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
