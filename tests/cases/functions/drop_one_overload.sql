-- one of three overloads is dropped: DROP FUNCTION must name the argument types of exactly that one
-- @before
CREATE FUNCTION public.fmt(v int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;
CREATE FUNCTION public.fmt(v numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(v, 'FM999990.00') $$;
CREATE FUNCTION public.fmt(v date) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(v, 'YYYY-MM-DD') $$;
-- @after
CREATE FUNCTION public.fmt(v int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;
CREATE FUNCTION public.fmt(v date) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(v, 'YYYY-MM-DD') $$;
