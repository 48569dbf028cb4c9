-- a new ordered-set aggregate (WITHIN GROUP) with a direct argument; its signature differs from ordinary aggregates
-- @before
-- @after
CREATE FUNCTION public.nth_acc(state text[], v text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT state || v $$;
CREATE FUNCTION public.nth_final(state text[], n int, v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT state[n] $$;
CREATE AGGREGATE public.nth_value_of(int ORDER BY text) (
    SFUNC = public.nth_acc,
    STYPE = text[],
    INITCOND = '{}',
    FINALFUNC = public.nth_final,
    FINALFUNC_EXTRA
);
