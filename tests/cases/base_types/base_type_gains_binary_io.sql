-- a base type in use by a column gains binary receive and send functions: ALTER TYPE ... SET (RECEIVE = ..., SEND = ...) in place, after the new functions; rollback sets them back to NONE, then drops the functions
-- expect-hazards: correctness
-- @before
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, LIKE = int4);
CREATE TABLE public.counters (id int PRIMARY KEY, n public.myint);
CREATE FUNCTION public.myint_recv(internal) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE FUNCTION public.myint_send(public.myint) RETURNS bytea LANGUAGE internal IMMUTABLE STRICT AS 'int4send';
-- @after
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, LIKE = int4);
CREATE TABLE public.counters (id int PRIMARY KEY, n public.myint);
CREATE FUNCTION public.myint_recv(internal) RETURNS public.myint LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE FUNCTION public.myint_send(public.myint) RETURNS bytea LANGUAGE internal IMMUTABLE STRICT AS 'int4send';
ALTER TYPE public.myint SET (RECEIVE = public.myint_recv, SEND = public.myint_send);
