-- a table goes with the functions that return or take its row type: each function is dropped before the table (PostgreSQL refuses to drop a table whose row type a function uses); the rollback creates the table first
-- expect-hazards: deletes-data, breaks-clients
-- @before
CREATE TABLE public.jobs (id int PRIMARY KEY, state text);
CREATE FUNCTION public.queued_jobs() RETURNS SETOF public.jobs LANGUAGE sql STABLE AS $$ SELECT * FROM public.jobs WHERE state = 'queued' $$;
CREATE FUNCTION public.job_label(j public.jobs) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT j.id || ':' || j.state $$;
CREATE TABLE public.keep (id int);
-- @after
CREATE TABLE public.keep (id int);
