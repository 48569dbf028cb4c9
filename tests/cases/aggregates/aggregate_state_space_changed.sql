-- only an aggregate's SSPACE changes (and its MSSPACE goes away): aggregates cannot be altered that way, so DROP AGGREGATE then CREATE
-- @before
CREATE AGGREGATE public.sized_sum(numeric) (
    SFUNC = numeric_add, STYPE = numeric, SSPACE = 16,
    MSFUNC = numeric_add, MINVFUNC = numeric_sub, MSTYPE = numeric, MSSPACE = 32
);
-- @after
CREATE AGGREGATE public.sized_sum(numeric) (
    SFUNC = numeric_add, STYPE = numeric, SSPACE = 10000,
    MSFUNC = numeric_add, MINVFUNC = numeric_sub, MSTYPE = numeric
);
