-- a partitioned table dropped and another created under the same name (different key) whose partitions have their own primary keys and indexes, the parent none
-- @before
CREATE TABLE public.hits (id bigint NOT NULL, at date NOT NULL, url text) PARTITION BY LIST (url);
CREATE TABLE public.hits_a PARTITION OF public.hits FOR VALUES IN ('a');
ALTER TABLE public.hits ADD CONSTRAINT hits_pkey PRIMARY KEY (id, url);
-- @after
CREATE TABLE public.hits (id bigint NOT NULL, at date NOT NULL, url text) PARTITION BY RANGE (at);
CREATE TABLE public.hits_q1 PARTITION OF public.hits FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE public.hits_q2 PARTITION OF public.hits FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');
ALTER TABLE public.hits_q1 ADD CONSTRAINT hits_q1_pkey PRIMARY KEY (id);
ALTER TABLE public.hits_q2 ADD CONSTRAINT hits_q2_pkey PRIMARY KEY (id);
CREATE INDEX hits_q2_url_idx ON public.hits_q2 (url);
