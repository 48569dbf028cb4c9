-- the final function of an ordered-set aggregate changes its return type: the aggregate (with its comment and grants) is dropped with the ORDER BY signature and created again around the function
-- expect-hazards: authz-change, untrackable-dependencies
-- @before
CREATE FUNCTION public.pick_acc(state text[], v text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT state || v $$;
CREATE FUNCTION public.pick_final(state text[], n integer, v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT state[n] $$;
CREATE AGGREGATE public.pick_nth(n integer ORDER BY text) (SFUNC = public.pick_acc, STYPE = text[], INITCOND = '{}', FINALFUNC = public.pick_final, FINALFUNC_EXTRA);
COMMENT ON AGGREGATE public.pick_nth(integer ORDER BY text) IS 'the n-th value in order';
REVOKE EXECUTE ON FUNCTION public.pick_nth(integer, text) FROM PUBLIC;
-- @after
CREATE FUNCTION public.pick_acc(state text[], v text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT state || v $$;
CREATE FUNCTION public.pick_final(state text[], n integer, v text) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$ SELECT state[n] $$;
CREATE AGGREGATE public.pick_nth(n integer ORDER BY text) (SFUNC = public.pick_acc, STYPE = text[], INITCOND = '{}', FINALFUNC = public.pick_final, FINALFUNC_EXTRA);
COMMENT ON AGGREGATE public.pick_nth(integer ORDER BY text) IS 'the n-th value in order';
REVOKE EXECUTE ON FUNCTION public.pick_nth(integer, text) FROM PUBLIC;
