-- a comment on one overload of a function: the COMMENT must carry the argument types of that overload only
-- @before
CREATE FUNCTION public.to_cents(v numeric) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT (v * 100)::bigint $$;
CREATE FUNCTION public.to_cents(v text) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT (v::numeric * 100)::bigint $$;
-- @after
CREATE FUNCTION public.to_cents(v numeric) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT (v * 100)::bigint $$;
CREATE FUNCTION public.to_cents(v text) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT (v::numeric * 100)::bigint $$;
COMMENT ON FUNCTION public.to_cents(text) IS 'parses a decimal string';
