-- a table with a column statistics target, a comment and a column grant on that column is turned partitioned with a partition: the partition's copied setting is set before the rows come back, and the parent column's comment and grant, which do not recurse, are not tied to it
-- @before
CREATE TABLE public.visits (id bigint NOT NULL, visited_on date NOT NULL, page text);
ALTER TABLE public.visits ALTER COLUMN page SET STATISTICS 400;
COMMENT ON COLUMN public.visits.page IS 'page path';
GRANT UPDATE (page) ON public.visits TO PUBLIC;
-- @after
CREATE TABLE public.visits (id bigint NOT NULL, visited_on date NOT NULL, page text) PARTITION BY RANGE (visited_on);
CREATE TABLE public.visits_rest PARTITION OF public.visits DEFAULT;
ALTER TABLE public.visits ALTER COLUMN page SET STATISTICS 400;
COMMENT ON COLUMN public.visits.page IS 'page path';
GRANT UPDATE (page) ON public.visits TO PUBLIC;
