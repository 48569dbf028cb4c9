-- an aggregate gains COMBINEFUNC and PARALLEL SAFE (for parallel plans): the combine function is new and must exist first
-- @before
CREATE FUNCTION public.sum_sq_acc(acc numeric, v numeric) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT acc + v * v $$;
CREATE AGGREGATE public.sum_sq(numeric) (SFUNC = public.sum_sq_acc, STYPE = numeric, INITCOND = '0');
-- @after
CREATE FUNCTION public.sum_sq_acc(acc numeric, v numeric) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT acc + v * v $$;
CREATE FUNCTION public.sum_sq_combine(a numeric, b numeric) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT a + b $$;
CREATE AGGREGATE public.sum_sq(numeric) (SFUNC = public.sum_sq_acc, STYPE = numeric, INITCOND = '0',
    COMBINEFUNC = public.sum_sq_combine, PARALLEL = SAFE);
