-- a function, a procedure and an aggregate are dropped while plpgsql bodies (one quoted, one dollar-quoted) still call them: PostgreSQL does not track those calls, so the drops succeed and the callers fail when they run
-- expect-hazards: breaks-clients, untrackable-dependencies
-- @before
CREATE FUNCTION public.cents(amount numeric) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT (amount * 100)::bigint';
CREATE PROCEDURE public.audit(note text) LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', note; END $$;
CREATE AGGREGATE public.total_cents(numeric) (SFUNC = numeric_add, STYPE = numeric, INITCOND = '0');
CREATE FUNCTION public.charge(amount numeric) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    CALL public.audit('charge');
    RETURN public.cents(amount);
END
$$;
CREATE FUNCTION public.batch_total(amounts numeric[]) RETURNS numeric LANGUAGE plpgsql AS
    'BEGIN RETURN (SELECT public.total_cents(a) FROM unnest(amounts) AS a); END';
-- @after
CREATE FUNCTION public.charge(amount numeric) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    CALL public.audit('charge');
    RETURN public.cents(amount);
END
$$;
CREATE FUNCTION public.batch_total(amounts numeric[]) RETURNS numeric LANGUAGE plpgsql AS
    'BEGIN RETURN (SELECT public.total_cents(a) FROM unnest(amounts) AS a); END';
