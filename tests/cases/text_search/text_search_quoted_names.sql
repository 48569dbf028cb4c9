-- a dictionary and a configuration with names that need quoting in schema "Mixed Case", used through a regconfig literal in an index: '"Mixed Case"."with""quote"'::regconfig must keep its quotes
-- @before
CREATE SCHEMA "Mixed Case";
CREATE TABLE "Mixed Case"."Notes" ("Id" int PRIMARY KEY, "Body" text NOT NULL);
-- @after
CREATE SCHEMA "Mixed Case";
CREATE TABLE "Mixed Case"."Notes" ("Id" int PRIMARY KEY, "Body" text NOT NULL);
CREATE TEXT SEARCH DICTIONARY "Mixed Case"."Simple Dict" (TEMPLATE = pg_catalog.simple, ACCEPT = true);
CREATE TEXT SEARCH CONFIGURATION "Mixed Case"."with""quote" (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION "Mixed Case"."with""quote" ADD MAPPING FOR asciiword, word WITH "Mixed Case"."Simple Dict";
CREATE INDEX "Notes FTS" ON "Mixed Case"."Notes" USING gin (to_tsvector('"Mixed Case"."with""quote"'::regconfig, "Body"));
