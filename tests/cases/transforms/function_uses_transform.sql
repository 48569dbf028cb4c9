-- a function written in the language declares TRANSFORM FOR TYPE: created after the transform (pg_depend records no edge from the function to the transform, so the rank orders them); rollback drops the function first
-- @before
CREATE TYPE public.point2 AS (x int, y int);
CREATE LANGUAGE plfoo HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
CREATE FUNCTION public.pt_from_sql(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE FUNCTION public.pt_to_sql(internal) RETURNS public.point2 LANGUAGE internal IMMUTABLE STRICT AS 'record_recv';
-- @after
CREATE TYPE public.point2 AS (x int, y int);
CREATE LANGUAGE plfoo HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
CREATE FUNCTION public.pt_from_sql(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE FUNCTION public.pt_to_sql(internal) RETURNS public.point2 LANGUAGE internal IMMUTABLE STRICT AS 'record_recv';
CREATE TRANSFORM FOR public.point2 LANGUAGE plfoo (FROM SQL WITH FUNCTION public.pt_from_sql(internal), TO SQL WITH FUNCTION public.pt_to_sql(internal));
CREATE FUNCTION public.px(p public.point2) RETURNS int LANGUAGE plfoo TRANSFORM FOR TYPE public.point2 IMMUTABLE AS $$ BEGIN RETURN 1; END $$;
