-- only the INITCOND of an aggregate changes: aggregates cannot be altered that way, so DROP AGGREGATE then CREATE
-- @before
CREATE FUNCTION public.text_join_acc(acc text, v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT acc || v $$;
CREATE AGGREGATE public.text_join(text) (SFUNC = public.text_join_acc, STYPE = text, INITCOND = '');
-- @after
CREATE FUNCTION public.text_join_acc(acc text, v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT acc || v $$;
CREATE AGGREGATE public.text_join(text) (SFUNC = public.text_join_acc, STYPE = text, INITCOND = '>');
