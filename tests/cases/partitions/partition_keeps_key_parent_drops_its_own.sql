-- the parent's primary key goes while one partition keeps a primary key of its own (and the other partition gets a unique key instead): the partitions' keys are moved from backing the parent's key to being their own
-- @before
CREATE TABLE public.hits (id bigint NOT NULL, at date NOT NULL, url text) PARTITION BY RANGE (at);
CREATE TABLE public.hits_q1 PARTITION OF public.hits FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE public.hits_q2 PARTITION OF public.hits FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');
ALTER TABLE public.hits ADD CONSTRAINT hits_pkey PRIMARY KEY (id, at);
-- @after
CREATE TABLE public.hits (id bigint NOT NULL, at date NOT NULL, url text) PARTITION BY RANGE (at);
CREATE TABLE public.hits_q1 PARTITION OF public.hits FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE public.hits_q2 PARTITION OF public.hits FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');
ALTER TABLE public.hits_q1 ADD CONSTRAINT hits_q1_pkey PRIMARY KEY (id, at);
ALTER TABLE public.hits_q2 ADD CONSTRAINT hits_q2_id_at_key UNIQUE (id, at);
