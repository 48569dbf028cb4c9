-- per-column statistics target set: ALTER COLUMN SET STATISTICS, no data change
-- @before
CREATE TABLE public.searches (id bigint PRIMARY KEY, term text NOT NULL);
-- @after
CREATE TABLE public.searches (id bigint PRIMARY KEY, term text NOT NULL);
ALTER TABLE public.searches ALTER COLUMN term SET STATISTICS 1000;
