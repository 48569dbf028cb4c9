-- extended statistics with names that need quoting: schema "Mixed Case", statistics "with""quote", Mixed Case columns, an expression and a statistics target
-- @before
CREATE SCHEMA "Mixed Case";
CREATE TABLE "Mixed Case"."Line Items" ("Id" int PRIMARY KEY, "Product" text NOT NULL, "Unit Price" numeric NOT NULL);
-- @after
CREATE SCHEMA "Mixed Case";
CREATE TABLE "Mixed Case"."Line Items" ("Id" int PRIMARY KEY, "Product" text NOT NULL, "Unit Price" numeric NOT NULL);
CREATE STATISTICS "Mixed Case"."with""quote" (ndistinct, mcv) ON "Product", (round("Unit Price")) FROM "Mixed Case"."Line Items";
ALTER STATISTICS "Mixed Case"."with""quote" SET STATISTICS 1000;
COMMENT ON STATISTICS "Mixed Case"."with""quote" IS 'price bands per product';
