-- the owners of an ordered-set, a hypothetical-set, a zero-argument and a VARIADIC aggregate change: ALTER AGGREGATE ... OWNER TO with each one's aggregate signature
-- diff-options: owners
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FUNCTION public.pick_acc(state text[], v text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT state || v $$;
CREATE FUNCTION public.pick_final(state text[], n integer, v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT state[n] $$;
CREATE FUNCTION public.count_acc(state bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT state + 1 $$;
CREATE FUNCTION public.count_many_acc(state bigint, VARIADIC vals integer[]) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT state + 1 $$;
CREATE AGGREGATE public.pick_nth(n integer ORDER BY text) (SFUNC = public.pick_acc, STYPE = text[], INITCOND = '{}', FINALFUNC = public.pick_final, FINALFUNC_EXTRA);
CREATE AGGREGATE public.rank_of(VARIADIC "any" ORDER BY VARIADIC "any") (SFUNC = ordered_set_transition_multi, STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);
CREATE AGGREGATE public.row_count(*) (SFUNC = public.count_acc, STYPE = bigint, INITCOND = '0');
CREATE AGGREGATE public.value_count(VARIADIC integer[]) (SFUNC = public.count_many_acc, STYPE = bigint, INITCOND = '0');
-- @after
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FUNCTION public.pick_acc(state text[], v text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT state || v $$;
CREATE FUNCTION public.pick_final(state text[], n integer, v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT state[n] $$;
CREATE FUNCTION public.count_acc(state bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT state + 1 $$;
CREATE FUNCTION public.count_many_acc(state bigint, VARIADIC vals integer[]) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT state + 1 $$;
CREATE AGGREGATE public.pick_nth(n integer ORDER BY text) (SFUNC = public.pick_acc, STYPE = text[], INITCOND = '{}', FINALFUNC = public.pick_final, FINALFUNC_EXTRA);
CREATE AGGREGATE public.rank_of(VARIADIC "any" ORDER BY VARIADIC "any") (SFUNC = ordered_set_transition_multi, STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);
CREATE AGGREGATE public.row_count(*) (SFUNC = public.count_acc, STYPE = bigint, INITCOND = '0');
CREATE AGGREGATE public.value_count(VARIADIC integer[]) (SFUNC = public.count_many_acc, STYPE = bigint, INITCOND = '0');
ALTER AGGREGATE public.pick_nth(integer ORDER BY text) OWNER TO pgshift_owner;
ALTER AGGREGATE public.rank_of(VARIADIC "any" ORDER BY VARIADIC "any") OWNER TO pgshift_owner;
ALTER AGGREGATE public.row_count(*) OWNER TO pgshift_owner;
ALTER AGGREGATE public.value_count(VARIADIC integer[]) OWNER TO pgshift_owner;
