-- a new aggregate with a state function and final function, both new: functions before aggregate
-- @before
-- @after
CREATE FUNCTION public.geo_mean_acc(state double precision[], v double precision) RETURNS double precision[] LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ARRAY[state[1] + ln(v), state[2] + 1] $$;
CREATE FUNCTION public.geo_mean_final(state double precision[]) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT CASE WHEN state[2] = 0 THEN NULL ELSE exp(state[1] / state[2]) END $$;
CREATE AGGREGATE public.geo_mean(double precision) (
    SFUNC = public.geo_mean_acc,
    STYPE = double precision[],
    FINALFUNC = public.geo_mean_final,
    INITCOND = '{0,0}'
);
