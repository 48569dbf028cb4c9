-- a cast between types whose names need quoting, in schema "Mixed Case" and app: the cast has no name of its own, its identity is the (source, target) pair rendered with quotes
-- @before
CREATE SCHEMA "Mixed Case";
CREATE SCHEMA app;
CREATE TYPE "Mixed Case"."with""quote" AS ENUM ('low', 'high');
CREATE TYPE app."Level" AS (name text, weight int);
CREATE FUNCTION app."To Level"(v "Mixed Case"."with""quote") RETURNS app."Level" LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(v::text, CASE v WHEN 'low' THEN 1 ELSE 10 END)::app."Level" $$;
-- @after
CREATE SCHEMA "Mixed Case";
CREATE SCHEMA app;
CREATE TYPE "Mixed Case"."with""quote" AS ENUM ('low', 'high');
CREATE TYPE app."Level" AS (name text, weight int);
CREATE FUNCTION app."To Level"(v "Mixed Case"."with""quote") RETURNS app."Level" LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(v::text, CASE v WHEN 'low' THEN 1 ELSE 10 END)::app."Level" $$;
CREATE CAST ("Mixed Case"."with""quote" AS app."Level") WITH FUNCTION app."To Level"("Mixed Case"."with""quote") AS ASSIGNMENT;
COMMENT ON CAST ("Mixed Case"."with""quote" AS app."Level") IS 'weights';
