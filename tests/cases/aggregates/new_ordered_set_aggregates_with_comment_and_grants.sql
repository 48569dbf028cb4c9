-- new ordered-set and hypothetical-set aggregates come with their comments and without EXECUTE for PUBLIC; the way back drops them
-- expect-hazards: authz-change
-- @before
-- @after
CREATE FUNCTION public.pick_acc(state text[], v text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT state || v $$;
CREATE FUNCTION public.pick_final(state text[], n integer, v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT state[n] $$;
CREATE FUNCTION public.first_final(state text[], v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT state[1] $$;
CREATE AGGREGATE public.pick_nth(n integer ORDER BY text) (SFUNC = public.pick_acc, STYPE = text[], INITCOND = '{}', FINALFUNC = public.pick_final, FINALFUNC_EXTRA);
CREATE AGGREGATE public.pick_first(ORDER BY text) (SFUNC = public.pick_acc, STYPE = text[], INITCOND = '{}', FINALFUNC = public.first_final, FINALFUNC_EXTRA);
CREATE AGGREGATE public.dense_rank_of(VARIADIC "any" ORDER BY VARIADIC "any") (SFUNC = ordered_set_transition_multi, STYPE = internal, FINALFUNC = dense_rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);
COMMENT ON AGGREGATE public.pick_nth(integer ORDER BY text) IS 'the n-th value in order';
COMMENT ON AGGREGATE public.pick_first(ORDER BY text) IS 'the first value in order';
COMMENT ON AGGREGATE public.dense_rank_of(VARIADIC "any" ORDER BY VARIADIC "any") IS 'dense rank of a hypothetical row';
REVOKE EXECUTE ON FUNCTION public.pick_nth(integer, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION public.pick_first(text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION public.dense_rank_of(VARIADIC "any") FROM PUBLIC;
