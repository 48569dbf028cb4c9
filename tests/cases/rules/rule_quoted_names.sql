-- a rule whose name, table and schema need quoting ("Mixed Case", an embedded double quote): every identifier quoted in CREATE RULE and COMMENT ON RULE
-- @before
CREATE SCHEMA "Mixed Case";
CREATE TABLE "Mixed Case"."Order Lines" ("Id" int PRIMARY KEY, "Qty" int NOT NULL);
-- @after
CREATE SCHEMA "Mixed Case";
CREATE TABLE "Mixed Case"."Order Lines" ("Id" int PRIMARY KEY, "Qty" int NOT NULL);
CREATE RULE "with""quote" AS ON DELETE TO "Mixed Case"."Order Lines" WHERE OLD."Qty" > 0 DO INSTEAD NOTHING;
COMMENT ON RULE "with""quote" ON "Mixed Case"."Order Lines" IS 'keeps lines with stock';
