-- a new index on a partitioned parent where one partition already has a matching index of its own: PostgreSQL attaches that one instead of building another; the rollback leaves the partition's index as it was
-- expect-hazards: index-build
-- @before
CREATE TABLE public.hits (id bigint NOT NULL, at date NOT NULL, url text) PARTITION BY RANGE (at);
CREATE TABLE public.hits_q1 PARTITION OF public.hits FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE public.hits_q2 PARTITION OF public.hits FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');
CREATE INDEX hits_q1_url_idx ON public.hits_q1 (url);
-- @after
CREATE TABLE public.hits (id bigint NOT NULL, at date NOT NULL, url text) PARTITION BY RANGE (at);
CREATE TABLE public.hits_q1 PARTITION OF public.hits FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE public.hits_q2 PARTITION OF public.hits FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');
CREATE INDEX hits_q1_url_idx ON public.hits_q1 (url);
CREATE INDEX hits_url_idx ON public.hits (url);
