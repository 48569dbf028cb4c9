-- a composite type returned by a function gains an attribute and the function body returns the extra field; type change then function replace
-- @before
CREATE TYPE public.stats_row AS (n bigint, total numeric);
CREATE TABLE public.payments (id int PRIMARY KEY, amount numeric NOT NULL);
CREATE FUNCTION public.payment_stats() RETURNS public.stats_row LANGUAGE sql STABLE
    AS $$ SELECT count(*), coalesce(sum(amount), 0) FROM public.payments $$;
-- @after
CREATE TYPE public.stats_row AS (n bigint, total numeric, average numeric);
CREATE TABLE public.payments (id int PRIMARY KEY, amount numeric NOT NULL);
CREATE FUNCTION public.payment_stats() RETURNS public.stats_row LANGUAGE sql STABLE
    AS $$ SELECT count(*), coalesce(sum(amount), 0), avg(amount) FROM public.payments $$;
