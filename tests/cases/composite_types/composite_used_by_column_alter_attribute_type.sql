-- an attribute type change on a composite that a table column uses: PostgreSQL refuses ALTER ATTRIBUTE TYPE there, so the tool needs another route
-- @before
CREATE TYPE public.measurement AS (value int, unit text);
CREATE TABLE public.samples (id int PRIMARY KEY, m public.measurement);
-- @after
CREATE TYPE public.measurement AS (value numeric(10,3), unit text);
CREATE TABLE public.samples (id int PRIMARY KEY, m public.measurement);
