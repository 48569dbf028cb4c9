-- an aggregate over no argument (agg(*)) with a comment and grants is recreated (its INITCOND changes): DROP AGGREGATE names it as (*), and its comment and grants come back
-- expect-hazards: authz-change
-- @before
CREATE FUNCTION public.count_acc(state bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT state + 1 $$;
CREATE AGGREGATE public.row_count(*) (SFUNC = public.count_acc, STYPE = bigint, INITCOND = '0');
COMMENT ON AGGREGATE public.row_count(*) IS 'counts rows';
REVOKE EXECUTE ON FUNCTION public.row_count() FROM PUBLIC;
-- @after
CREATE FUNCTION public.count_acc(state bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT state + 1 $$;
CREATE AGGREGATE public.row_count(*) (SFUNC = public.count_acc, STYPE = bigint, INITCOND = '1');
COMMENT ON AGGREGATE public.row_count(*) IS 'counts rows, plus one';
REVOKE EXECUTE ON FUNCTION public.row_count() FROM PUBLIC;
