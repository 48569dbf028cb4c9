-- a view gains a column at the end: CREATE OR REPLACE VIEW works because existing columns keep names, types and positions
-- @before
CREATE TABLE public.products (id int PRIMARY KEY, name text, price numeric, stock int);
CREATE VIEW public.product_list AS SELECT id, name FROM public.products;
-- @after
CREATE TABLE public.products (id int PRIMARY KEY, name text, price numeric, stock int);
CREATE VIEW public.product_list AS SELECT id, name, price FROM public.products;
