-- a primary key and a unique key added to a partitioned parent whose partitions already have matching keys of their own: those are attached, not built again; the rollback leaves them as the partitions' own
-- @before
CREATE TABLE public.hits (id bigint NOT NULL, at date NOT NULL, url text) PARTITION BY RANGE (at);
CREATE TABLE public.hits_q1 PARTITION OF public.hits FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE public.hits_q2 PARTITION OF public.hits FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');
ALTER TABLE public.hits_q1 ADD CONSTRAINT hits_q1_pkey PRIMARY KEY (id, at);
ALTER TABLE public.hits_q2 ADD CONSTRAINT hits_q2_pkey PRIMARY KEY (id, at);
CREATE UNIQUE INDEX hits_q1_url_at_key ON public.hits_q1 (url, at);
-- @after
CREATE TABLE public.hits (id bigint NOT NULL, at date NOT NULL, url text) PARTITION BY RANGE (at);
CREATE TABLE public.hits_q1 PARTITION OF public.hits FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE public.hits_q2 PARTITION OF public.hits FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');
ALTER TABLE public.hits_q1 ADD CONSTRAINT hits_q1_pkey PRIMARY KEY (id, at);
ALTER TABLE public.hits_q2 ADD CONSTRAINT hits_q2_pkey PRIMARY KEY (id, at);
CREATE UNIQUE INDEX hits_q1_url_at_key ON public.hits_q1 (url, at);
ALTER TABLE public.hits ADD CONSTRAINT hits_pkey PRIMARY KEY (id, at);
ALTER TABLE public.hits ADD CONSTRAINT hits_url_at_key UNIQUE (url, at);
