-- a base type whose I/O functions reuse built-in C functions (LANGUAGE internal): the shell type, then the functions that take and return it, then CREATE TYPE with the full definition; rollback drops it with CASCADE, which takes the functions along
-- @before
-- @after
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, LIKE = int4);
