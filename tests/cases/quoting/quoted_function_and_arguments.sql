-- a function in a Mixed Case schema with quoted parameter names and a quoted type argument: DROP/COMMENT must render the signature with quoted types
-- @before
CREATE SCHEMA "Billing";
CREATE TYPE "Billing"."Money Amount" AS (value numeric, currency text);
CREATE FUNCTION "Billing"."Add Tax"("Amount" "Billing"."Money Amount", "Rate %" numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
    AS $$ SELECT ("Amount").value * (1 + "Rate %" / 100) $$;
-- @after
CREATE SCHEMA "Billing";
CREATE TYPE "Billing"."Money Amount" AS (value numeric, currency text);
CREATE FUNCTION "Billing"."Add Tax"("Amount" "Billing"."Money Amount", "Rate %" numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
    AS $$ SELECT round(("Amount").value * (1 + "Rate %" / 100), 2) $$;
COMMENT ON FUNCTION "Billing"."Add Tax"("Billing"."Money Amount", numeric) IS 'rounded to cents';
