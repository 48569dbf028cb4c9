-- a materialized view's query changes: no CREATE OR REPLACE exists, so drop and recreate, and its indexes must be recreated too
-- @before
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int NOT NULL, total numeric NOT NULL, status text NOT NULL);
CREATE MATERIALIZED VIEW public.customer_totals AS
    SELECT customer_id, sum(total) AS lifetime_total FROM public.orders GROUP BY customer_id;
CREATE UNIQUE INDEX customer_totals_customer_key ON public.customer_totals (customer_id);
-- @after
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int NOT NULL, total numeric NOT NULL, status text NOT NULL);
CREATE MATERIALIZED VIEW public.customer_totals AS
    SELECT customer_id, sum(total) AS lifetime_total FROM public.orders WHERE status <> 'refunded' GROUP BY customer_id;
CREATE UNIQUE INDEX customer_totals_customer_key ON public.customer_totals (customer_id);
