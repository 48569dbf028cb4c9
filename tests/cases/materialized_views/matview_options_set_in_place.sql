-- a materialized view's storage parameters change (one set, one changed, a TOAST one removed): ALTER ... SET / RESET in place, keeping its rows and its index instead of rebuilding it
-- @before
CREATE TABLE public.orders (id int PRIMARY KEY, region text, amount numeric);
CREATE MATERIALIZED VIEW public.region_totals WITH (autovacuum_enabled = false, toast.autovacuum_enabled = false) AS SELECT region, sum(amount) AS total FROM public.orders GROUP BY region;
CREATE UNIQUE INDEX region_totals_region ON public.region_totals (region);
-- @after
CREATE TABLE public.orders (id int PRIMARY KEY, region text, amount numeric);
CREATE MATERIALIZED VIEW public.region_totals WITH (autovacuum_enabled = true, fillfactor = 80) AS SELECT region, sum(amount) AS total FROM public.orders GROUP BY region;
CREATE UNIQUE INDEX region_totals_region ON public.region_totals (region);
