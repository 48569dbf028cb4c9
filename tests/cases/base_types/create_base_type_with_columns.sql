-- a new base type used by a new table's columns (the type and an array of it): shell, functions, type, then the table; rollback drops the table, then the type
-- @before
-- @after
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, LIKE = int4);
CREATE TABLE public.counters (id int PRIMARY KEY, n public.myint NOT NULL DEFAULT '0', history public.myint[]);
