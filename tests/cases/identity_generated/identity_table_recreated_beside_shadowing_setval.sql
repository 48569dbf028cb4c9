-- a table with an identity column is recreated (it becomes partitioned) while public holds a setval(text, bigint, boolean): carrying the identity's position over must call pg_catalog's setval
-- @before
CREATE FUNCTION public.setval(text, bigint, boolean) RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'public.setval ran instead of pg_catalog.setval'; END $$;
CREATE TABLE public.orders (id bigint GENERATED ALWAYS AS IDENTITY, region text, total numeric);
-- @after
CREATE FUNCTION public.setval(text, bigint, boolean) RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'public.setval ran instead of pg_catalog.setval'; END $$;
CREATE TABLE public.orders (id bigint GENERATED ALWAYS AS IDENTITY, region text, total numeric) PARTITION BY LIST (region);
CREATE TABLE public.orders_other PARTITION OF public.orders DEFAULT;
