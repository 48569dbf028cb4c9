-- a new view calls a new function: function first; SQL functions used in views are tracked dependencies
-- @before
CREATE TABLE public.prices (id int PRIMARY KEY, net numeric NOT NULL);
-- @after
CREATE FUNCTION public.with_vat(net numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(net * 1.2, 2) $$;
CREATE TABLE public.prices (id int PRIMARY KEY, net numeric NOT NULL);
CREATE VIEW public.gross_prices AS SELECT id, public.with_vat(net) AS gross FROM public.prices;
