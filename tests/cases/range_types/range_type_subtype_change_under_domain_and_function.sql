-- a range's subtype changes under a domain that a function takes
-- @before
CREATE TYPE public.ir AS RANGE (subtype = int4);
CREATE DOMAIN public.d AS public.ir;
CREATE FUNCTION public.f(public.d) RETURNS int LANGUAGE sql AS 'SELECT 1';
-- @after
CREATE TYPE public.ir AS RANGE (subtype = int8);
CREATE DOMAIN public.d AS public.ir;
CREATE FUNCTION public.f(public.d) RETURNS int LANGUAGE sql AS 'SELECT 1';
