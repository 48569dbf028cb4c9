-- a variable-length, collatable base type over text's I/O functions, with a default, a category, a preferred flag and a delimiter, in a schema whose name needs quoting
-- @before
CREATE SCHEMA "Mixed Case";
-- @after
CREATE SCHEMA "Mixed Case";
CREATE TYPE "Mixed Case"."Label";
CREATE FUNCTION "Mixed Case"."Label_in"(cstring) RETURNS "Mixed Case"."Label" LANGUAGE internal IMMUTABLE STRICT AS 'textin';
CREATE FUNCTION "Mixed Case"."Label_out"("Mixed Case"."Label") RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'textout';
CREATE TYPE "Mixed Case"."Label" (INPUT = "Mixed Case"."Label_in", OUTPUT = "Mixed Case"."Label_out", INTERNALLENGTH = VARIABLE, ALIGNMENT = int4, STORAGE = extended, CATEGORY = 'S', PREFERRED = false, DEFAULT = 'none', DELIMITER = ';', COLLATABLE = true);
CREATE TABLE "Mixed Case".tags (id int PRIMARY KEY, label "Mixed Case"."Label" COLLATE "C");
