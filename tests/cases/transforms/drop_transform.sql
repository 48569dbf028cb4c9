-- a transform is dropped with the functions it named: DROP TRANSFORM first, then the functions
-- expect-hazards: breaks-clients
-- @before
CREATE TYPE public.point2 AS (x int, y int);
CREATE LANGUAGE plfoo HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
CREATE FUNCTION public.pt_from_sql(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE FUNCTION public.pt_to_sql(internal) RETURNS public.point2 LANGUAGE internal IMMUTABLE STRICT AS 'record_recv';
CREATE TRANSFORM FOR public.point2 LANGUAGE plfoo (FROM SQL WITH FUNCTION public.pt_from_sql(internal), TO SQL WITH FUNCTION public.pt_to_sql(internal));
-- @after
CREATE TYPE public.point2 AS (x int, y int);
CREATE LANGUAGE plfoo HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
