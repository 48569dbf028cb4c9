-- statistics targets of index expression columns set, changed and reset (danbooru sets one on a GIN expression index)
-- @before
CREATE TABLE public.posts (id bigint PRIMARY KEY, tag_string text NOT NULL, title text, score int);
CREATE INDEX posts_tags ON public.posts USING gin (string_to_array(tag_string, ' '::text));
CREATE INDEX posts_lower_title ON public.posts (lower(title), (score + 1));
ALTER INDEX public.posts_lower_title ALTER COLUMN 1 SET STATISTICS 500, ALTER COLUMN 2 SET STATISTICS 100;
CREATE INDEX posts_abs_score ON public.posts ((abs(score)));
ALTER INDEX public.posts_abs_score ALTER COLUMN 1 SET STATISTICS 50;
-- @after
CREATE TABLE public.posts (id bigint PRIMARY KEY, tag_string text NOT NULL, title text, score int);
CREATE INDEX posts_tags ON public.posts USING gin (string_to_array(tag_string, ' '::text));
ALTER INDEX public.posts_tags ALTER COLUMN 1 SET STATISTICS 3000;
CREATE INDEX posts_lower_title ON public.posts (lower(title), (score + 1));
ALTER INDEX public.posts_lower_title ALTER COLUMN 1 SET STATISTICS 1000;
CREATE INDEX posts_abs_score ON public.posts ((abs(score)));
