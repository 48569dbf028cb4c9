-- a table keeps going but loses its column of a base type, and the type goes: the column is dropped before the type
-- expect-hazards: deletes-data, breaks-clients
-- @before
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, LIKE = int4);
CREATE TABLE public.counters (id int PRIMARY KEY, n public.myint);
-- @after
CREATE TABLE public.counters (id int PRIMARY KEY);
