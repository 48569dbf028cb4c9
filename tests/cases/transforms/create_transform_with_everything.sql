-- a transform created with the type, the language and the functions it names, all new: type, language, functions, then the transform
-- @before
-- @after
CREATE TYPE public.point2 AS (x int, y int);
CREATE LANGUAGE plfoo HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
CREATE FUNCTION public.pt_from_sql(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE FUNCTION public.pt_to_sql(internal) RETURNS public.point2 LANGUAGE internal IMMUTABLE STRICT AS 'record_recv';
CREATE TRANSFORM FOR public.point2 LANGUAGE plfoo (FROM SQL WITH FUNCTION public.pt_from_sql(internal), TO SQL WITH FUNCTION public.pt_to_sql(internal));
COMMENT ON TRANSFORM FOR public.point2 LANGUAGE plfoo IS 'points for plfoo';
