-- a new materialized view with a unique index (enabling REFRESH CONCURRENTLY): the matview must exist before its index
-- @before
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int NOT NULL, total numeric NOT NULL);
-- @after
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int NOT NULL, total numeric NOT NULL);
CREATE MATERIALIZED VIEW public.customer_totals AS
    SELECT customer_id, sum(total) AS lifetime_total, count(*) AS orders FROM public.orders GROUP BY customer_id;
CREATE UNIQUE INDEX customer_totals_customer_key ON public.customer_totals (customer_id);
