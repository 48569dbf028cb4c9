-- a GIN trigram index needs pg_trgm first; the operator class lives in the extension
-- expect-hazards: index-build
-- @before
CREATE TABLE public.products (id int PRIMARY KEY, name text NOT NULL);
-- @after
CREATE EXTENSION pg_trgm;
CREATE TABLE public.products (id int PRIMARY KEY, name text NOT NULL);
CREATE INDEX products_name_trgm_idx ON public.products USING gin (name gin_trgm_ops);
