-- a composite type a column uses changes an attribute's type while public holds a num_nulls(anyelement): an unqualified num_nulls on the column's values is then ambiguous, so the conversion must call pg_catalog's
-- @before
CREATE TYPE public.dimension AS (width int, label text);
CREATE FUNCTION public.num_nulls(anyelement) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 0; END $$;
CREATE TABLE public.parcels (id int PRIMARY KEY, size public.dimension);
-- @after
CREATE TYPE public.dimension AS (width numeric(8,2), label text);
CREATE FUNCTION public.num_nulls(anyelement) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 0; END $$;
CREATE TABLE public.parcels (id int PRIMARY KEY, size public.dimension);
