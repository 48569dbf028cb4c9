-- a typed table is made OF another composite type (no ALTER TABLE OF switches it in place while both types have the columns): recreated, its rows copied by column name
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE TYPE public.person AS (name text, email text);
CREATE TYPE public.contact AS (name text, email text, phone text);
CREATE TABLE public.people OF public.person (PRIMARY KEY (name));
-- @after
CREATE TYPE public.person AS (name text, email text);
CREATE TYPE public.contact AS (name text, email text, phone text);
CREATE TABLE public.people OF public.contact (PRIMARY KEY (name));
