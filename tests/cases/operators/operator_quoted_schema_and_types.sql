-- an operator in a schema that needs quoting, over a composite type with a quoted name: OPERATOR("Mixed Case".<->) and "Mixed Case"."with""quote" argument types must be quoted everywhere
-- @before
CREATE SCHEMA "Mixed Case";
CREATE TYPE "Mixed Case"."with""quote" AS (x float8, y float8);
CREATE FUNCTION "Mixed Case"."Distance"(a "Mixed Case"."with""quote", b "Mixed Case"."with""quote") RETURNS float8
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT sqrt((a.x - b.x) ^ 2 + (a.y - b.y) ^ 2) $$;
-- @after
CREATE SCHEMA "Mixed Case";
CREATE TYPE "Mixed Case"."with""quote" AS (x float8, y float8);
CREATE FUNCTION "Mixed Case"."Distance"(a "Mixed Case"."with""quote", b "Mixed Case"."with""quote") RETURNS float8
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT sqrt((a.x - b.x) ^ 2 + (a.y - b.y) ^ 2) $$;
CREATE OPERATOR "Mixed Case".<-> (FUNCTION = "Mixed Case"."Distance", LEFTARG = "Mixed Case"."with""quote", RIGHTARG = "Mixed Case"."with""quote", COMMUTATOR = OPERATOR("Mixed Case".<->));
COMMENT ON OPERATOR "Mixed Case".<-> ("Mixed Case"."with""quote", "Mixed Case"."with""quote") IS 'euclidean distance';
