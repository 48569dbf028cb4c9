-- a function's return type changes (int to bigint): CREATE OR REPLACE refuses, so DROP FUNCTION then CREATE
-- @before
CREATE TABLE public.events (id bigint PRIMARY KEY);
CREATE FUNCTION public.event_count() RETURNS int LANGUAGE sql STABLE AS $$ SELECT count(*)::int FROM public.events $$;
-- @after
CREATE TABLE public.events (id bigint PRIMARY KEY);
CREATE FUNCTION public.event_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM public.events $$;
