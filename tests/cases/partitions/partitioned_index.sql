-- an index on the partitioned parent cascades to every partition: only the parent index is created, the partition indexes are not separate changes
-- expect-hazards: index-build
-- @before
CREATE TABLE public.clicks (id bigint NOT NULL, at date NOT NULL, url text) PARTITION BY RANGE (at);
CREATE TABLE public.clicks_q1 PARTITION OF public.clicks FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE public.clicks_q2 PARTITION OF public.clicks FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');
-- @after
CREATE TABLE public.clicks (id bigint NOT NULL, at date NOT NULL, url text) PARTITION BY RANGE (at);
CREATE TABLE public.clicks_q1 PARTITION OF public.clicks FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE public.clicks_q2 PARTITION OF public.clicks FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');
CREATE INDEX clicks_url_idx ON public.clicks (url);
