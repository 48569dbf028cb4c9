-- statistics targets follow an index rebuilt with a new predicate, one rebuilt by a column type change, and a new index on a new table
-- @before
CREATE TABLE public.posts (id bigint PRIMARY KEY, title text, score int, deleted boolean NOT NULL DEFAULT false);
CREATE INDEX posts_lower_title ON public.posts (lower(title)) WHERE NOT deleted;
ALTER INDEX public.posts_lower_title ALTER COLUMN 1 SET STATISTICS 500;
CREATE INDEX posts_score ON public.posts ((score * 2));
ALTER INDEX public.posts_score ALTER COLUMN 1 SET STATISTICS 250;
-- @after
CREATE TABLE public.posts (id bigint PRIMARY KEY, title text, score bigint, deleted boolean NOT NULL DEFAULT false);
CREATE INDEX posts_lower_title ON public.posts (lower(title)) WHERE deleted IS FALSE;
ALTER INDEX public.posts_lower_title ALTER COLUMN 1 SET STATISTICS 500;
CREATE INDEX posts_score ON public.posts ((score * 2));
ALTER INDEX public.posts_score ALTER COLUMN 1 SET STATISTICS 250;
CREATE TABLE public.tags (id bigint PRIMARY KEY, name text NOT NULL);
CREATE INDEX tags_name ON public.tags (id, upper(name));
ALTER INDEX public.tags_name ALTER COLUMN 2 SET STATISTICS 42;
