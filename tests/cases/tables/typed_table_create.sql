-- a table created OF a composite type, with column options and a primary key declared in the OF clause
-- @before
CREATE TYPE public.person_t AS (id int, given_name text, family_name text);
-- @after
CREATE TYPE public.person_t AS (id int, given_name text, family_name text);
CREATE TABLE public.persons OF public.person_t (id WITH OPTIONS PRIMARY KEY, family_name WITH OPTIONS NOT NULL);
