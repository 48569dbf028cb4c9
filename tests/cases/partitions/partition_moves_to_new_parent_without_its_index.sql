-- a partition leaves a parent that is dropped for a new one that has no index: after it leaves, the partition keeps its copy of the old parent's index as its own, so that copy is dropped
-- @before
CREATE TABLE public.visits (visitor int, site int) PARTITION BY LIST (site);
CREATE TABLE public.visits_home PARTITION OF public.visits FOR VALUES IN (1);
CREATE INDEX visits_visitor_idx ON public.visits (visitor);
-- @after
CREATE TABLE public.site_visits (visitor int, site int) PARTITION BY LIST (site);
CREATE TABLE public.visits_home PARTITION OF public.site_visits FOR VALUES IN (1);
