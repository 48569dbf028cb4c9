-- a new publication FOR TABLE two tables (default publish = insert, update, delete, truncate)
-- @before
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric);
CREATE TABLE public.customers (id int PRIMARY KEY, name text);
-- @after
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric);
CREATE TABLE public.customers (id int PRIMARY KEY, name text);
CREATE PUBLICATION pgshift_orders_pub FOR TABLE public.orders, public.customers;
