-- a materialized view and its index are dropped
-- expect-hazards: breaks-clients
-- @before
CREATE TABLE public.t (id int PRIMARY KEY, v int);
CREATE MATERIALIZED VIEW public.t_summary AS SELECT count(*) AS n, sum(v) AS total FROM public.t;
CREATE INDEX t_summary_n_idx ON public.t_summary (n);
-- @after
CREATE TABLE public.t (id int PRIMARY KEY, v int);
