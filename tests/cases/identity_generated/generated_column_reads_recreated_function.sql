-- a stored generated column calls a function whose argument name changes (so it is dropped and created again): the generated column is dropped before the function and added again after it
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE FUNCTION public.slugify(input text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(replace(input, ' ', '-')) $$;
CREATE TABLE public.posts (id int PRIMARY KEY, title text NOT NULL,
    slug text GENERATED ALWAYS AS (public.slugify(title)) STORED);
-- @after
CREATE FUNCTION public.slugify(title text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(replace(title, ' ', '-')) $$;
CREATE TABLE public.posts (id int PRIMARY KEY, title text NOT NULL,
    slug text GENERATED ALWAYS AS (public.slugify(title)) STORED);
