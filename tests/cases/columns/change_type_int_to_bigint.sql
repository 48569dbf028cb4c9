-- int to bigint on a primary key column referenced by nothing: full rewrite and index rebuild under an exclusive lock
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.clicks (id int PRIMARY KEY, url text NOT NULL);
-- @after
CREATE TABLE public.clicks (id bigint PRIMARY KEY, url text NOT NULL);
