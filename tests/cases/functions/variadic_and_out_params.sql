-- a new VARIADIC function and a function with OUT parameters: the identity signature excludes OUT params but includes VARIADIC
-- @before
-- @after
CREATE FUNCTION public.concat_all(sep text, VARIADIC parts text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT array_to_string(parts, sep) $$;
CREATE FUNCTION public.min_max(vals int[], OUT lo int, OUT hi int) LANGUAGE sql IMMUTABLE
    AS $$ SELECT min(v), max(v) FROM unnest(vals) AS v $$;
