-- an index created ON ONLY the parent is invalid until every partition's index is attached: attaching the missing ones makes it valid (and the reverse leaves one unattached)
-- @before
CREATE TABLE public.hits (id bigint NOT NULL, at date NOT NULL, url text) PARTITION BY RANGE (at);
CREATE TABLE public.hits_q1 PARTITION OF public.hits FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE public.hits_q2 PARTITION OF public.hits FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');
CREATE INDEX hits_url_idx ON ONLY public.hits (url);
CREATE INDEX hits_q1_url_idx ON public.hits_q1 (url);
ALTER INDEX public.hits_url_idx ATTACH PARTITION public.hits_q1_url_idx;
CREATE INDEX hits_q2_url_idx ON public.hits_q2 (url);
-- @after
CREATE TABLE public.hits (id bigint NOT NULL, at date NOT NULL, url text) PARTITION BY RANGE (at);
CREATE TABLE public.hits_q1 PARTITION OF public.hits FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE public.hits_q2 PARTITION OF public.hits FOR VALUES FROM ('2024-04-01') TO ('2024-07-01');
CREATE INDEX hits_url_idx ON ONLY public.hits (url);
CREATE INDEX hits_q1_url_idx ON public.hits_q1 (url);
ALTER INDEX public.hits_url_idx ATTACH PARTITION public.hits_q1_url_idx;
CREATE INDEX hits_q2_url_idx ON public.hits_q2 (url);
ALTER INDEX public.hits_url_idx ATTACH PARTITION public.hits_q2_url_idx;
