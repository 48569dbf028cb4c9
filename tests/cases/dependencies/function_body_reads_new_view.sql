-- a new SQL function (string body) reads a new view: PostgreSQL checks the body at creation but records no dependency, so the view must come first
-- @before
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric NOT NULL, placed_at timestamptz NOT NULL DEFAULT now());
-- @after
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric NOT NULL, placed_at timestamptz NOT NULL DEFAULT now());
CREATE VIEW public.daily_totals AS SELECT placed_at::date AS day, sum(total) AS total FROM public.orders GROUP BY 1;
CREATE FUNCTION public.total_on(d date) RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT total FROM daily_totals WHERE day = d $$;
