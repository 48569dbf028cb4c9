-- an aggregate gets a second overload for another input type: identity by name and argument types
-- @before
CREATE FUNCTION public.range_acc(acc int4range, v int) RETURNS int4range LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT int4range(least(lower(acc), v), greatest(upper(acc) - 1, v), '[]') $$;
CREATE AGGREGATE public.span(int) (SFUNC = public.range_acc, STYPE = int4range, INITCOND = '[2147483646,2147483646]');
-- @after
CREATE FUNCTION public.range_acc(acc int4range, v int) RETURNS int4range LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT int4range(least(lower(acc), v), greatest(upper(acc) - 1, v), '[]') $$;
CREATE AGGREGATE public.span(int) (SFUNC = public.range_acc, STYPE = int4range, INITCOND = '[2147483646,2147483646]');
CREATE FUNCTION public.range_acc(acc daterange, v date) RETURNS daterange LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN acc IS NULL THEN daterange(v, v, '[]') ELSE daterange(least(lower(acc), v), greatest(upper(acc) - 1, v), '[]') END $$;
CREATE AGGREGATE public.span(date) (SFUNC = public.range_acc, STYPE = daterange);
