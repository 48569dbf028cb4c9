-- pg_trgm installed into a dedicated schema and used through a schema-qualified operator class in a GIN index
-- expect-hazards: index-build
-- @before
CREATE TABLE public.articles (id int PRIMARY KEY, title text NOT NULL);
-- @after
CREATE SCHEMA extensions;
CREATE EXTENSION pg_trgm WITH SCHEMA extensions;
CREATE TABLE public.articles (id int PRIMARY KEY, title text NOT NULL);
CREATE INDEX articles_title_trgm ON public.articles USING gin (title extensions.gin_trgm_ops);
