-- a btree index with text_pattern_ops for LIKE 'prefix%' searches under a non-C collation
-- expect-hazards: index-build
-- @before
CREATE TABLE public.files (id int PRIMARY KEY, path text NOT NULL);
-- @after
CREATE TABLE public.files (id int PRIMARY KEY, path text NOT NULL);
CREATE INDEX files_path_prefix_idx ON public.files (path text_pattern_ops);
