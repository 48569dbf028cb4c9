-- three domains built one on another, the first retyped: all three recreated, column defaults, the last one's comment and a function taking it come back
-- @before
CREATE DOMAIN public.d1 AS int;
CREATE DOMAIN public.d2 AS public.d1 CHECK (VALUE > 0);
CREATE DOMAIN public.d3 AS public.d2 DEFAULT 5;
CREATE TABLE public.t (a public.d1, b public.d2, c public.d3 DEFAULT 7);
COMMENT ON DOMAIN public.d3 IS 'third';
CREATE FUNCTION public.f(public.d3) RETURNS int LANGUAGE sql AS 'SELECT 1';
-- @after
CREATE DOMAIN public.d1 AS bigint;
CREATE DOMAIN public.d2 AS public.d1 CHECK (VALUE > 0);
CREATE DOMAIN public.d3 AS public.d2 DEFAULT 5;
CREATE TABLE public.t (a public.d1, b public.d2, c public.d3 DEFAULT 7);
COMMENT ON DOMAIN public.d3 IS 'third';
CREATE FUNCTION public.f(public.d3) RETURNS int LANGUAGE sql AS 'SELECT 1';
