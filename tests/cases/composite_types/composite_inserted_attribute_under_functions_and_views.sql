-- a composite type no table column uses gets an attribute inserted between others and two swapped: ALTER TYPE only appends, so the type is made anew, and the function taking it, the function returning it and the view over them are dropped before and made again after, with the type's comment and grant
-- expect-hazards: untrackable-dependencies
-- @before
CREATE TYPE public.money_pair AS (amount numeric, currency text, note text);
COMMENT ON TYPE public.money_pair IS 'an amount and its currency';
GRANT USAGE ON TYPE public.money_pair TO PUBLIC;
CREATE FUNCTION public.describe(p public.money_pair) RETURNS text LANGUAGE sql AS $$ SELECT p.amount::text || ' ' || p.currency $$;
CREATE FUNCTION public.make_pair(a numeric) RETURNS public.money_pair LANGUAGE sql AS $$ SELECT ROW(a, 'EUR', NULL)::public.money_pair $$;
CREATE VIEW public.sample AS SELECT public.describe(public.make_pair(1)) AS shown;
-- @after
CREATE TYPE public.money_pair AS (amount numeric, rate numeric, note text, currency text);
COMMENT ON TYPE public.money_pair IS 'an amount and its currency';
GRANT USAGE ON TYPE public.money_pair TO PUBLIC;
CREATE FUNCTION public.describe(p public.money_pair) RETURNS text LANGUAGE sql AS $$ SELECT p.amount::text || ' ' || p.currency $$;
CREATE FUNCTION public.make_pair(a numeric) RETURNS public.money_pair LANGUAGE sql AS $$ SELECT ROW(a, 1, NULL, 'EUR')::public.money_pair $$;
CREATE VIEW public.sample AS SELECT public.describe(public.make_pair(1)) AS shown;
