-- a column is dropped from a table and from the view that used it: the view must be changed (recreated) before the column can go
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.customers (id int PRIMARY KEY, name text, fax text);
CREATE VIEW public.customer_directory AS SELECT id, name, fax FROM public.customers;
-- @after
CREATE TABLE public.customers (id int PRIMARY KEY, name text);
CREATE VIEW public.customer_directory AS SELECT id, name FROM public.customers;
