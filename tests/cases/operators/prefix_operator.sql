-- a prefix (unary) operator with only RIGHTARG is created in a custom schema: DROP OPERATOR must name it as (NONE, integer)
-- @before
CREATE SCHEMA app;
CREATE FUNCTION app.triple(int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 * 3 $$;
-- @after
CREATE SCHEMA app;
CREATE FUNCTION app.triple(int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 * 3 $$;
CREATE OPERATOR app.### (RIGHTARG = int, FUNCTION = app.triple);
