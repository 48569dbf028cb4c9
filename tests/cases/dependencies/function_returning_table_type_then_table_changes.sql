-- a column is dropped from a table whose row type is a function's parameter type: the function survives (whole-row), the view using the column must change first
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.people (id int PRIMARY KEY, first_name text, last_name text, nickname text);
CREATE FUNCTION public.display_name(p public.people) RETURNS text LANGUAGE sql STABLE AS $$ SELECT coalesce(p.nickname, p.first_name) $$;
CREATE VIEW public.people_nicknames AS SELECT id, nickname FROM public.people WHERE nickname IS NOT NULL;
-- @after
CREATE TABLE public.people (id int PRIMARY KEY, first_name text, last_name text);
CREATE FUNCTION public.display_name(p public.people) RETURNS text LANGUAGE sql STABLE AS $$ SELECT p.first_name $$;
