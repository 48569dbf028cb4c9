-- a partitioned table is repartitioned by a column whose enum loses a value while a domain over the enum is recreated with it: the old table's column and its detached partition's are converted on their own, the new table is made with the new enum
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE TYPE public.kind AS ENUM ('a', 'b', 'c');
CREATE DOMAIN public.kind_d AS public.kind;
CREATE TABLE public.ev (id integer, k public.kind_d, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.ev_2020 PARTITION OF public.ev FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
-- @after
CREATE TYPE public.kind AS ENUM ('a', 'c');
CREATE DOMAIN public.kind_d AS public.kind;
CREATE TABLE public.ev (id integer, k public.kind_d, at date NOT NULL) PARTITION BY LIST (k);
CREATE TABLE public.ev_a PARTITION OF public.ev FOR VALUES IN ('a');
CREATE TABLE public.ev_2020 PARTITION OF public.ev FOR VALUES IN ('c');
