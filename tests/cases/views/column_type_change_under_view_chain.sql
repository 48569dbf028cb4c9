-- a column type change under a chain of three views (view on view on view): all three dropped top-down and recreated bottom-up
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.sales (id int PRIMARY KEY, region text, amount int);
CREATE VIEW public.v_sales AS SELECT id, region, amount FROM public.sales;
CREATE VIEW public.v_region_totals AS SELECT region, sum(amount) AS total FROM public.v_sales GROUP BY region;
CREATE VIEW public.v_top_regions AS SELECT region, total FROM public.v_region_totals ORDER BY total DESC LIMIT 5;
-- @after
CREATE TABLE public.sales (id int PRIMARY KEY, region text, amount numeric(14,2));
CREATE VIEW public.v_sales AS SELECT id, region, amount FROM public.sales;
CREATE VIEW public.v_region_totals AS SELECT region, sum(amount) AS total FROM public.v_sales GROUP BY region;
CREATE VIEW public.v_top_regions AS SELECT region, total FROM public.v_region_totals ORDER BY total DESC LIMIT 5;
