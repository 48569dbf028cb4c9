-- a materialized view gets a storage parameter (fillfactor) in the target: ALTER ... SET (...) in place rather than a rebuild
-- @before
CREATE TABLE public.t (id int PRIMARY KEY, grp int);
CREATE MATERIALIZED VIEW public.grp_counts AS SELECT grp, count(*) AS n FROM public.t GROUP BY grp;
-- @after
CREATE TABLE public.t (id int PRIMARY KEY, grp int);
CREATE MATERIALIZED VIEW public.grp_counts WITH (fillfactor = 60) AS SELECT grp, count(*) AS n FROM public.t GROUP BY grp;
