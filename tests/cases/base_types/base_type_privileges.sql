-- USAGE on a base type is taken from PUBLIC and given to one role
-- @before
DO $$ BEGIN CREATE ROLE type_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, LIKE = int4);
-- @after
DO $$ BEGIN CREATE ROLE type_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, LIKE = int4);
REVOKE USAGE ON TYPE public.myint FROM PUBLIC;
GRANT USAGE ON TYPE public.myint TO type_user;
