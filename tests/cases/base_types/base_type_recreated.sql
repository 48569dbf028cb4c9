-- a base type changes category (fixed when it is created): DROP TYPE ... CASCADE and the whole sequence again (shell, I/O functions, type); a function that computes with it is dropped first and created again after
-- @before
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, LIKE = int4);
CREATE FUNCTION public.myint_text(v public.myint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;
COMMENT ON FUNCTION public.myint_in(cstring) IS 'reads a myint';
-- @after
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, LIKE = int4, CATEGORY = 'N');
CREATE FUNCTION public.myint_text(v public.myint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;
COMMENT ON FUNCTION public.myint_in(cstring) IS 'reads a myint';
