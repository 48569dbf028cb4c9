-- a function is replaced by a procedure of the same name and arguments: a different kind, so DROP FUNCTION then CREATE PROCEDURE
-- expect-hazards: breaks-clients
-- @before
CREATE TABLE public.jobs (id int PRIMARY KEY, done boolean NOT NULL DEFAULT false);
CREATE FUNCTION public.finish_job(job int) RETURNS void LANGUAGE sql AS $$ UPDATE public.jobs SET done = true WHERE id = job $$;
-- @after
CREATE TABLE public.jobs (id int PRIMARY KEY, done boolean NOT NULL DEFAULT false);
CREATE PROCEDURE public.finish_job(job int) LANGUAGE sql AS $$ UPDATE public.jobs SET done = true WHERE id = job $$;
