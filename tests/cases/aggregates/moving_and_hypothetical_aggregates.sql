-- a moving-aggregate mode (MSFUNC, MINVFUNC, MSTYPE) and a hypothetical-set aggregate are created with every option; neither may lose its options on the way
-- @before
-- @after
CREATE AGGREGATE public.running_sum(numeric) (
    SFUNC = numeric_add, STYPE = numeric, INITCOND = '0',
    MSFUNC = numeric_add, MINVFUNC = numeric_sub, MSTYPE = numeric, MINITCOND = '0'
);
CREATE AGGREGATE public.my_rank(VARIADIC "any" ORDER BY VARIADIC "any") (
    SFUNC = ordered_set_transition_multi, STYPE = internal,
    FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL
);
