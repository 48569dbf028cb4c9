-- a domain gains a validated CHECK and NOT NULL, and a domain over it a new CHECK, while columns hold them inside arrays, a composite type and an array of it: PostgreSQL checks no such value in place, so those columns move off as text and back around the change
-- @before
CREATE DOMAIN public.email AS text;
CREATE DOMAIN public.work_email AS public.email CHECK (VALUE NOT LIKE '%@gmail.com');
CREATE TYPE public.contact AS (name text, mail public.email);
CREATE TABLE public.people (id int PRIMARY KEY, mail public.email, aliases public.email[] DEFAULT '{}', work public.work_email[], card public.contact, cards public.contact[]);
CREATE VIEW public.first_alias AS SELECT id, aliases[1] AS alias FROM public.people;
-- @after
CREATE DOMAIN public.email AS text NOT NULL CONSTRAINT email_at CHECK (VALUE LIKE '%@%');
CREATE DOMAIN public.work_email AS public.email CHECK (VALUE NOT LIKE '%@gmail.com') CONSTRAINT work_email_len CHECK (length(VALUE) < 200);
CREATE TYPE public.contact AS (name text, mail public.email);
CREATE TABLE public.people (id int PRIMARY KEY, mail public.email, aliases public.email[] DEFAULT '{}', work public.work_email[], card public.contact, cards public.contact[]);
CREATE VIEW public.first_alias AS SELECT id, aliases[1] AS alias FROM public.people;
