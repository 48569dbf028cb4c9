-- a materialized view over a view over a SQL function; the function's return type changes, so all three are rebuilt in order
-- @before
CREATE TABLE public.orders (id int PRIMARY KEY, cents int NOT NULL);
CREATE FUNCTION public.to_money(c int) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT c / 100.0 $$;
CREATE VIEW public.order_amounts AS SELECT id, public.to_money(cents) AS amount FROM public.orders;
CREATE MATERIALIZED VIEW public.order_amount_stats AS SELECT count(*) AS n, sum(amount) AS total FROM public.order_amounts;
-- @after
CREATE TABLE public.orders (id int PRIMARY KEY, cents int NOT NULL);
CREATE FUNCTION public.to_money(c int) RETURNS numeric(12,2) LANGUAGE sql IMMUTABLE AS $$ SELECT round(c / 100.0, 2) $$;
CREATE VIEW public.order_amounts AS SELECT id, public.to_money(cents) AS amount FROM public.orders;
CREATE MATERIALIZED VIEW public.order_amount_stats AS SELECT count(*) AS n, sum(amount) AS total FROM public.order_amounts;
