-- an operator family and class with names that need quoting, in schema "Mixed Case", used by an index on a "Mixed Case" column: every rendering (class in the index, USING btree, FAMILY) quotes them
-- @before
CREATE SCHEMA "Mixed Case";
CREATE TABLE "Mixed Case"."Scores" ("Id" int PRIMARY KEY, "Points" int NOT NULL);
-- @after
CREATE SCHEMA "Mixed Case";
CREATE TABLE "Mixed Case"."Scores" ("Id" int PRIMARY KEY, "Points" int NOT NULL);
CREATE FUNCTION "Mixed Case"."Rev Cmp"(int4, int4) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint4cmp($2, $1) $$;
CREATE OPERATOR FAMILY "Mixed Case"."Rev Family" USING btree;
CREATE OPERATOR CLASS "Mixed Case"."with""quote" FOR TYPE int4 USING btree FAMILY "Mixed Case"."Rev Family" AS
    OPERATOR 1 > , OPERATOR 2 >= , OPERATOR 3 = , OPERATOR 4 <= , OPERATOR 5 < , FUNCTION 1 "Mixed Case"."Rev Cmp"(int4, int4);
CREATE INDEX "Scores by Points" ON "Mixed Case"."Scores" ("Points" "Mixed Case"."with""quote" DESC);
