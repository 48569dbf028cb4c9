-- a view loses a middle column: CREATE OR REPLACE cannot drop columns, so the view is dropped and recreated
-- expect-hazards: breaks-clients
-- @before
CREATE TABLE public.products (id int PRIMARY KEY, name text, price numeric, stock int);
CREATE VIEW public.product_list AS SELECT id, name, price, stock FROM public.products;
-- @after
CREATE TABLE public.products (id int PRIMARY KEY, name text, price numeric, stock int);
CREATE VIEW public.product_list AS SELECT id, name, stock FROM public.products;
