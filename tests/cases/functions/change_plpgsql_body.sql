-- a plpgsql function body changes, signature identical: CREATE OR REPLACE FUNCTION, no drop
-- @before
CREATE FUNCTION public.fizzbuzz(n int) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF n % 15 = 0 THEN RETURN 'fizzbuzz'; END IF;
    RETURN n::text;
END
$$;
-- @after
CREATE FUNCTION public.fizzbuzz(n int) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF n % 15 = 0 THEN RETURN 'fizzbuzz'; END IF;
    IF n % 3 = 0 THEN RETURN 'fizz'; END IF;
    IF n % 5 = 0 THEN RETURN 'buzz'; END IF;
    RETURN n::text;
END
$$;
