-- an aggregate whose state size estimates were given (SSPACE, and MSSPACE for its moving mode) keeps them when created, in a schema whose name needs quoting
-- @before
CREATE SCHEMA "Agg Space";
-- @after
CREATE SCHEMA "Agg Space";
CREATE AGGREGATE "Agg Space"."sum Sized"(numeric) (
    SFUNC = numeric_add, STYPE = numeric, SSPACE = 128, INITCOND = '0',
    MSFUNC = numeric_add, MINVFUNC = numeric_sub, MSTYPE = numeric, MSSPACE = 64, MINITCOND = '0'
);
