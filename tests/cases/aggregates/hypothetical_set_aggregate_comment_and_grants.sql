-- a hypothetical-set aggregate (VARIADIC "any" ORDER BY VARIADIC "any", stored as one argument) gets a comment and loses EXECUTE for PUBLIC
-- expect-hazards: authz-change
-- @before
CREATE AGGREGATE public.rank_of(VARIADIC "any" ORDER BY VARIADIC "any") (SFUNC = ordered_set_transition_multi, STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);
-- @after
CREATE AGGREGATE public.rank_of(VARIADIC "any" ORDER BY VARIADIC "any") (SFUNC = ordered_set_transition_multi, STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);
COMMENT ON AGGREGATE public.rank_of(VARIADIC "any" ORDER BY VARIADIC "any") IS 'rank of a hypothetical row';
REVOKE EXECUTE ON FUNCTION public.rank_of(VARIADIC "any") FROM PUBLIC;
