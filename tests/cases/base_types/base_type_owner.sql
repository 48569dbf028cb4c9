-- a base type changes owner: ALTER TYPE ... OWNER TO (its I/O functions keep theirs)
-- diff-options: owners
-- @before
DO $$ BEGIN CREATE ROLE type_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, LIKE = int4);
-- @after
DO $$ BEGIN CREATE ROLE type_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, LIKE = int4);
ALTER TYPE public.myint OWNER TO type_owner;
