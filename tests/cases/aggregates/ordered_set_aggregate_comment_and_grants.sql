-- an existing ordered-set aggregate (a direct argument, ORDER BY an aggregated one) gets a comment and loses EXECUTE for PUBLIC: COMMENT ON AGGREGATE takes its ORDER BY signature, GRANT/REVOKE ... ON FUNCTION takes its plain argument list
-- expect-hazards: authz-change
-- @before
CREATE FUNCTION public.pick_acc(state text[], v text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT state || v $$;
CREATE FUNCTION public.pick_final(state text[], n integer, v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT state[n] $$;
CREATE AGGREGATE public.pick_nth(n integer ORDER BY text) (SFUNC = public.pick_acc, STYPE = text[], INITCOND = '{}', FINALFUNC = public.pick_final, FINALFUNC_EXTRA);
-- @after
CREATE FUNCTION public.pick_acc(state text[], v text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT state || v $$;
CREATE FUNCTION public.pick_final(state text[], n integer, v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT state[n] $$;
CREATE AGGREGATE public.pick_nth(n integer ORDER BY text) (SFUNC = public.pick_acc, STYPE = text[], INITCOND = '{}', FINALFUNC = public.pick_final, FINALFUNC_EXTRA);
COMMENT ON AGGREGATE public.pick_nth(integer ORDER BY text) IS 'the n-th value in order';
REVOKE EXECUTE ON FUNCTION public.pick_nth(integer, text) FROM PUBLIC;
