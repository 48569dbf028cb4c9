-- a comment on a materialized view and its column: must not cause the matview to be rebuilt
-- @before
CREATE TABLE public.t (id int, grp int);
CREATE MATERIALIZED VIEW public.grp_sizes AS SELECT grp, count(*) AS n FROM public.t GROUP BY grp;
-- @after
CREATE TABLE public.t (id int, grp int);
CREATE MATERIALIZED VIEW public.grp_sizes AS SELECT grp, count(*) AS n FROM public.t GROUP BY grp;
COMMENT ON MATERIALIZED VIEW public.grp_sizes IS 'refreshed nightly';
COMMENT ON COLUMN public.grp_sizes.n IS 'rows per group';
