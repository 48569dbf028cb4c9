-- a base type is dropped with its I/O functions and a function that computes with it: that function first, then DROP TYPE ... CASCADE (which drops the I/O functions, so they get no DROP of their own)
-- expect-hazards: breaks-clients
-- @before
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, LIKE = int4);
CREATE FUNCTION public.myint_text(v public.myint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;
-- @after
