-- a materialized view built on a plain view; the view's definition changes, so the matview must be dropped first and rebuilt after
-- @before
CREATE TABLE public.products (id int PRIMARY KEY, name text, price numeric, discontinued boolean DEFAULT false);
CREATE VIEW public.catalog AS SELECT id, name, price FROM public.products;
CREATE MATERIALIZED VIEW public.catalog_snapshot AS SELECT id, name FROM public.catalog;
-- @after
CREATE TABLE public.products (id int PRIMARY KEY, name text, price numeric, discontinued boolean DEFAULT false);
CREATE VIEW public.catalog AS SELECT id, name FROM public.products WHERE NOT discontinued;
CREATE MATERIALIZED VIEW public.catalog_snapshot AS SELECT id, name FROM public.catalog;
