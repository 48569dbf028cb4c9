-- a shell type becomes a base type: the shell stays, the I/O functions are created, then CREATE TYPE with the definition; rollback drops the type (CASCADE) and makes the shell again
-- @before
CREATE TYPE public.myint;
-- @after
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, LIKE = int4);
