-- a new parent index where one partition's matching index has another name and the other partition's index differs (another column): the matching one is adopted, the other partition gets a new index, and its unrelated index stays
-- expect-hazards: index-build
-- @before
CREATE TABLE public.hits (id bigint NOT NULL, at date NOT NULL, url text) PARTITION BY RANGE (at);
CREATE TABLE public.hits_q1 PARTITION OF public.hits FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE public.hits_q2 PARTITION OF public.hits FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');
CREATE INDEX q1_by_url ON public.hits_q1 (url);
CREATE INDEX q2_by_id ON public.hits_q2 (id);
-- @after
CREATE TABLE public.hits (id bigint NOT NULL, at date NOT NULL, url text) PARTITION BY RANGE (at);
CREATE TABLE public.hits_q1 PARTITION OF public.hits FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE public.hits_q2 PARTITION OF public.hits FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');
CREATE INDEX q1_by_url ON public.hits_q1 (url);
CREATE INDEX q2_by_id ON public.hits_q2 (id);
CREATE INDEX hits_url_idx ON public.hits (url);
