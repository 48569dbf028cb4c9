-- a new table is created and added to an existing publication: table first, then ALTER PUBLICATION ADD TABLE
-- @before
CREATE TABLE public.orders (id int PRIMARY KEY);
CREATE PUBLICATION pgshift_pub FOR TABLE public.orders;
-- @after
CREATE TABLE public.orders (id int PRIMARY KEY);
CREATE TABLE public.refunds (id int PRIMARY KEY, order_id int NOT NULL REFERENCES public.orders (id));
CREATE PUBLICATION pgshift_pub FOR TABLE public.orders, public.refunds;
