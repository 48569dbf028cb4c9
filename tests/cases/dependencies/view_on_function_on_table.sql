-- a chain table -> SQL function -> view where the table gains a column that the function returns: the function's row type changes, so view and function are recreated
-- @before
CREATE TABLE public.products (id int PRIMARY KEY, name text);
CREATE FUNCTION public.product_rows() RETURNS TABLE (id int, name text) LANGUAGE sql STABLE AS $$ SELECT id, name FROM public.products $$;
CREATE VIEW public.product_names AS SELECT name FROM public.product_rows();
-- @after
CREATE TABLE public.products (id int PRIMARY KEY, name text, sku text);
CREATE FUNCTION public.product_rows() RETURNS TABLE (id int, name text, sku text) LANGUAGE sql STABLE AS $$ SELECT id, name, sku FROM public.products $$;
CREATE VIEW public.product_names AS SELECT name FROM public.product_rows();
