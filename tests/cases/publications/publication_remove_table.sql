-- a table is removed from a publication but kept: ALTER PUBLICATION DROP TABLE, not DROP TABLE
-- @before
CREATE TABLE public.orders (id int PRIMARY KEY);
CREATE TABLE public.sessions (id int PRIMARY KEY);
CREATE PUBLICATION pgshift_pub FOR TABLE public.orders, public.sessions;
-- @after
CREATE TABLE public.orders (id int PRIMARY KEY);
CREATE TABLE public.sessions (id int PRIMARY KEY);
CREATE PUBLICATION pgshift_pub FOR TABLE public.orders;
