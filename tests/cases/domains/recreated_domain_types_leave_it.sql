-- a domain gets a new base type (so it is recreated, a column keeping it) while a composite type's attribute leaves it for a plain integer and a domain built over it goes: both happen before the domain is dropped, instead of the recreation being refused
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE DOMAIN public.score AS int CHECK (VALUE BETWEEN 0 AND 100);
CREATE DOMAIN public.passing_score AS public.score CHECK (VALUE >= 50);
CREATE TYPE public.result_row AS (student text, mark public.score);
CREATE TABLE public.exams (id int PRIMARY KEY, mark public.score);
-- @after
CREATE DOMAIN public.score AS smallint CHECK (VALUE BETWEEN 0 AND 100);
CREATE TYPE public.result_row AS (student text, mark int);
CREATE TABLE public.exams (id int PRIMARY KEY, mark public.score);
