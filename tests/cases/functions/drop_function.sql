-- a function nothing depends on is dropped
-- expect-hazards: breaks-clients
-- @before
CREATE FUNCTION public.legacy_hash(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT md5(s) $$;
CREATE TABLE public.keep (id int);
-- @after
CREATE TABLE public.keep (id int);
