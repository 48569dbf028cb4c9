-- an aggregate over no argument (agg(*)) and a VARIADIC one, with comments and grants: aggregate signatures spell no arguments as (*)
-- expect-hazards: authz-change
-- @before
-- @after
CREATE FUNCTION public.count_acc(state bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT state + 1 $$;
CREATE FUNCTION public.count_many_acc(state bigint, VARIADIC vals integer[]) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT state + coalesce(array_length(vals, 1), 0) $$;
CREATE AGGREGATE public.row_count(*) (SFUNC = public.count_acc, STYPE = bigint, INITCOND = '0');
CREATE AGGREGATE public.value_count(VARIADIC integer[]) (SFUNC = public.count_many_acc, STYPE = bigint, INITCOND = '0');
COMMENT ON AGGREGATE public.row_count(*) IS 'counts rows';
COMMENT ON AGGREGATE public.value_count(VARIADIC integer[]) IS 'counts values';
REVOKE EXECUTE ON FUNCTION public.row_count() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION public.value_count(VARIADIC integer[]) FROM PUBLIC;
