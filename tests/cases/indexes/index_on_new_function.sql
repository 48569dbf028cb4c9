-- an expression index calls an IMMUTABLE function that is new: function before index
-- expect-hazards: index-build
-- @before
CREATE TABLE public.people (id int PRIMARY KEY, first_name text, last_name text);
-- @after
CREATE FUNCTION public.name_key(f text, l text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT lower(coalesce(l, '') || '|' || coalesce(f, '')) $$;
CREATE TABLE public.people (id int PRIMARY KEY, first_name text, last_name text);
CREATE INDEX people_name_key_idx ON public.people (public.name_key(first_name, last_name));
