-- only the WHERE clause of a view changes, columns identical: CREATE OR REPLACE VIEW in place, dependent views untouched
-- @before
CREATE TABLE public.orders (id int PRIMARY KEY, status text, total numeric);
CREATE VIEW public.big_orders AS SELECT id, total FROM public.orders WHERE total > 100;
CREATE VIEW public.big_order_count AS SELECT count(*) AS n FROM public.big_orders;
-- @after
CREATE TABLE public.orders (id int PRIMARY KEY, status text, total numeric);
CREATE VIEW public.big_orders AS SELECT id, total FROM public.orders WHERE total > 500 AND status <> 'cancelled';
CREATE VIEW public.big_order_count AS SELECT count(*) AS n FROM public.big_orders;
