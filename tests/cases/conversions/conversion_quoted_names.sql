-- conversions whose schema and names need quoting ("Mixed Case", "with""quote"), one DEFAULT, with a comment
-- @before
CREATE SCHEMA "Mixed Case";
-- @after
CREATE SCHEMA "Mixed Case";
CREATE DEFAULT CONVERSION "Mixed Case"."with""quote" FOR 'UTF8' TO 'LATIN1' FROM utf8_to_iso8859_1;
CREATE CONVERSION "Mixed Case"."Latin1 To UTF8" FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
COMMENT ON CONVERSION "Mixed Case"."with""quote" IS 'exports for the "old" system';
