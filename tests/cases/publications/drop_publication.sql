-- a publication is dropped (subscribers stop receiving changes); the tables stay
-- @before
CREATE TABLE public.t (id int PRIMARY KEY);
CREATE PUBLICATION pgshift_old_pub FOR TABLE public.t;
-- @after
CREATE TABLE public.t (id int PRIMARY KEY);
