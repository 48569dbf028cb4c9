-- the statistics target of an extended statistics object is raised: ALTER STATISTICS ... SET STATISTICS 500 in place, back to -1 (default) on rollback
-- @before
CREATE TABLE public.products (id int PRIMARY KEY, category text NOT NULL, brand text NOT NULL);
CREATE STATISTICS public.products_category_brand (ndistinct) ON category, brand FROM public.products;
-- @after
CREATE TABLE public.products (id int PRIMARY KEY, category text NOT NULL, brand text NOT NULL);
CREATE STATISTICS public.products_category_brand (ndistinct) ON category, brand FROM public.products;
ALTER STATISTICS public.products_category_brand SET STATISTICS 500;
