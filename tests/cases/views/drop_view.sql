-- a view is dropped; clients selecting from it break
-- expect-hazards: breaks-clients
-- @before
CREATE TABLE public.items (id int PRIMARY KEY, price numeric);
CREATE VIEW public.cheap_items AS SELECT id, price FROM public.items WHERE price < 10;
-- @after
CREATE TABLE public.items (id int PRIMARY KEY, price numeric);
