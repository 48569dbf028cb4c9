-- comments on a view and on one of its columns (COMMENT ON COLUMN works for views)
-- @before
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric);
CREATE VIEW public.order_totals AS SELECT id, total FROM public.orders;
-- @after
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric);
CREATE VIEW public.order_totals AS SELECT id, total FROM public.orders;
COMMENT ON VIEW public.order_totals IS 'Read-only order projection for the dashboard';
COMMENT ON COLUMN public.order_totals.total IS 'gross, in account currency';
