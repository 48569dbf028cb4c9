-- an enum used by an array column, a function parameter and a view gets a new label: ADD VALUE must leave all dependents untouched
-- @before
CREATE TYPE public.weekday AS ENUM ('mon', 'tue', 'wed', 'thu', 'fri');
CREATE TABLE public.schedules (id int PRIMARY KEY, days public.weekday[] NOT NULL DEFAULT '{}');
CREATE FUNCTION public.works_on(s public.schedules, d public.weekday) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT d = ANY (s.days) $$;
CREATE VIEW public.monday_schedules AS SELECT id FROM public.schedules WHERE 'mon' = ANY (days);
-- @after
CREATE TYPE public.weekday AS ENUM ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
CREATE TABLE public.schedules (id int PRIMARY KEY, days public.weekday[] NOT NULL DEFAULT '{}');
CREATE FUNCTION public.works_on(s public.schedules, d public.weekday) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT d = ANY (s.days) $$;
CREATE VIEW public.monday_schedules AS SELECT id FROM public.schedules WHERE 'mon' = ANY (days);
