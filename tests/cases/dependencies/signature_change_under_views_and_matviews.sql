-- a function gains an argument while a view, a view over that view and a materialized view call it, and a policy reads the view: they go before the old function and come back over the new one, both ways
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric, customer text);
CREATE FUNCTION public.with_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.2 $$;
CREATE VIEW public.order_totals AS SELECT id, public.with_tax(total) AS gross FROM public.orders;
CREATE VIEW public.big_orders AS SELECT id FROM public.order_totals WHERE gross > 100;
CREATE MATERIALIZED VIEW public.gross_by_customer AS SELECT customer, sum(public.with_tax(total)) AS gross FROM public.orders GROUP BY customer;
CREATE TABLE public.invoices (id int PRIMARY KEY, order_id int REFERENCES public.orders (id));
ALTER TABLE public.invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_for_big_orders ON public.invoices USING (order_id IN (SELECT id FROM public.big_orders));
-- @after
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric, customer text);
CREATE FUNCTION public.with_tax(amount numeric, rate numeric DEFAULT 1.2) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * rate $$;
CREATE VIEW public.order_totals AS SELECT id, public.with_tax(total) AS gross FROM public.orders;
CREATE VIEW public.big_orders AS SELECT id FROM public.order_totals WHERE gross > 100;
CREATE MATERIALIZED VIEW public.gross_by_customer AS SELECT customer, sum(public.with_tax(total)) AS gross FROM public.orders GROUP BY customer;
CREATE TABLE public.invoices (id int PRIMARY KEY, order_id int REFERENCES public.orders (id));
ALTER TABLE public.invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_for_big_orders ON public.invoices USING (order_id IN (SELECT id FROM public.big_orders));
