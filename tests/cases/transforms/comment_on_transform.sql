-- a comment on a transform for a built-in type and plpgsql (a language of an extension): COMMENT ON TRANSFORM FOR integer LANGUAGE plpgsql
-- @before
CREATE FUNCTION public.int_from_sql(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE TRANSFORM FOR int4 LANGUAGE plpgsql (FROM SQL WITH FUNCTION public.int_from_sql(internal));
-- @after
CREATE FUNCTION public.int_from_sql(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE TRANSFORM FOR int4 LANGUAGE plpgsql (FROM SQL WITH FUNCTION public.int_from_sql(internal));
COMMENT ON TRANSFORM FOR int4 LANGUAGE plpgsql IS 'integers as they are';
