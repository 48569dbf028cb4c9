-- a function returning SETOF a table's row type; the table gains a column, which changes the row type but needs no function change
-- @before
CREATE TABLE public.posts (id int PRIMARY KEY, title text);
CREATE FUNCTION public.all_posts() RETURNS SETOF public.posts LANGUAGE sql STABLE AS $$ SELECT * FROM public.posts $$;
-- @after
CREATE TABLE public.posts (id int PRIMARY KEY, title text, published boolean NOT NULL DEFAULT false);
CREATE FUNCTION public.all_posts() RETURNS SETOF public.posts LANGUAGE sql STABLE AS $$ SELECT * FROM public.posts $$;
