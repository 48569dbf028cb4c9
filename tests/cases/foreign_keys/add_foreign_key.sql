-- an FK is added between existing tables: validation scans the child and locks both tables (NOT VALID + VALIDATE is the safe route)
-- expect-hazards: full-table-scan, acquires-share-row-exclusive-lock
-- @before
CREATE TABLE public.customers (id int PRIMARY KEY);
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int NOT NULL);
-- @after
CREATE TABLE public.customers (id int PRIMARY KEY);
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int NOT NULL,
    CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id));
