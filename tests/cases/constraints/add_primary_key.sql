-- a primary key is added to a table without one: builds a unique index and takes an exclusive lock
-- expect-hazards: index-build, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.page_views (id bigint NOT NULL, path text NOT NULL);
-- @after
CREATE TABLE public.page_views (id bigint NOT NULL, path text NOT NULL, CONSTRAINT page_views_pkey PRIMARY KEY (id));
