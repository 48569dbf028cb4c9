-- a partitioned table is recreated with another partitioning, and a table that was standalone becomes its partition (attached, with the parent's key), while the old partition with its own local key goes with the old table
-- @before
CREATE TABLE public.measures (id int NOT NULL, d date NOT NULL, k text) PARTITION BY LIST (k);
CREATE TABLE public.measures_a PARTITION OF public.measures FOR VALUES IN ('a');
ALTER TABLE public.measures_a ADD PRIMARY KEY (id);
CREATE TABLE public.measures_2020 (id int, d date, k text);
-- @after
CREATE TABLE public.measures (id int NOT NULL, d date NOT NULL, k text, PRIMARY KEY (id, d)) PARTITION BY RANGE (d);
CREATE TABLE public.measures_2020 PARTITION OF public.measures FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
