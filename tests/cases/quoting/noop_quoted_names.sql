-- no-op: a schema full of names needing quotes must diff as empty (no spurious changes from quoting or case folding)
-- @before
CREATE SCHEMA "Sales Dept";
CREATE TYPE "Sales Dept"."Stage" AS ENUM ('New', 'won''t close', 'Won');
CREATE TABLE "Sales Dept"."Deals" ("Id" int PRIMARY KEY, "user" text, "Stage" "Sales Dept"."Stage" NOT NULL DEFAULT 'New', "montant €" numeric);
CREATE INDEX "Deals by Stage" ON "Sales Dept"."Deals" ("Stage");
CREATE VIEW "Sales Dept"."Won Deals" AS SELECT "Id", "montant €" FROM "Sales Dept"."Deals" WHERE "Stage" = 'Won';
COMMENT ON TABLE "Sales Dept"."Deals" IS 'deals, "quoted"';
-- @after
CREATE SCHEMA "Sales Dept";
CREATE TYPE "Sales Dept"."Stage" AS ENUM ('New', 'won''t close', 'Won');
CREATE TABLE "Sales Dept"."Deals" ("Id" int PRIMARY KEY, "user" text, "Stage" "Sales Dept"."Stage" NOT NULL DEFAULT 'New', "montant €" numeric);
CREATE INDEX "Deals by Stage" ON "Sales Dept"."Deals" ("Stage");
CREATE VIEW "Sales Dept"."Won Deals" AS SELECT "Id", "montant €" FROM "Sales Dept"."Deals" WHERE "Stage" = 'Won';
COMMENT ON TABLE "Sales Dept"."Deals" IS 'deals, "quoted"';
