-- an FK is dropped while both tables stay
-- @before
CREATE TABLE public.customers (id int PRIMARY KEY);
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES public.customers (id));
-- @after
CREATE TABLE public.customers (id int PRIMARY KEY);
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int NOT NULL);
