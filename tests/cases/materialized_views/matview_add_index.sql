-- only an index is added on an unchanged materialized view: the matview must not be recreated
-- expect-hazards: index-build
-- @before
CREATE TABLE public.page_hits (path text NOT NULL, hit_at timestamptz NOT NULL);
CREATE MATERIALIZED VIEW public.daily_hits AS SELECT path, date_trunc('day', hit_at) AS day, count(*) AS hits FROM public.page_hits GROUP BY 1, 2;
-- @after
CREATE TABLE public.page_hits (path text NOT NULL, hit_at timestamptz NOT NULL);
CREATE MATERIALIZED VIEW public.daily_hits AS SELECT path, date_trunc('day', hit_at) AS day, count(*) AS hits FROM public.page_hits GROUP BY 1, 2;
CREATE INDEX daily_hits_day_idx ON public.daily_hits (day DESC);
