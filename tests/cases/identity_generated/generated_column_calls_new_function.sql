-- a generated column calls an IMMUTABLE function that is new in the target: function before column
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.contacts (id int PRIMARY KEY, phone text);
-- @after
CREATE FUNCTION public.digits_only(v text) RETURNS text LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT regexp_replace(v, '[^0-9]', '', 'g') $$;
CREATE TABLE public.contacts (id int PRIMARY KEY, phone text,
    phone_digits text GENERATED ALWAYS AS (public.digits_only(phone)) STORED);
