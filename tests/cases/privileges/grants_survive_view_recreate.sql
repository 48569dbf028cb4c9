-- a view with grants must be dropped and recreated (a column removed): its grants must be re-applied after the recreate
-- expect-hazards: breaks-clients
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.products (id int PRIMARY KEY, name text, cost numeric, price numeric);
CREATE VIEW public.product_prices AS SELECT id, name, cost, price FROM public.products;
GRANT SELECT ON public.product_prices TO pgshift_reader;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.products (id int PRIMARY KEY, name text, cost numeric, price numeric);
CREATE VIEW public.product_prices AS SELECT id, name, price FROM public.products;
GRANT SELECT ON public.product_prices TO pgshift_reader;
