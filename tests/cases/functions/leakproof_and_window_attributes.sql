-- LEAKPROOF (superuser-only) is added and ROWS estimate changes on a set-returning function
-- @before
CREATE FUNCTION public.same_text(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT a = b $$;
CREATE FUNCTION public.series(n int) RETURNS SETOF int LANGUAGE sql IMMUTABLE ROWS 1000 AS $$ SELECT generate_series(1, n) $$;
-- @after
CREATE FUNCTION public.same_text(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE LEAKPROOF AS $$ SELECT a = b $$;
CREATE FUNCTION public.series(n int) RETURNS SETOF int LANGUAGE sql IMMUTABLE ROWS 50 AS $$ SELECT generate_series(1, n) $$;
