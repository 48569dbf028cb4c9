-- an existing conversion becomes the schema's DEFAULT for its encoding pair: there is no ALTER for condefault, so drop and CREATE DEFAULT CONVERSION (keeping its comment)
-- @before
CREATE SCHEMA app;
CREATE CONVERSION app.latin1_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
COMMENT ON CONVERSION app.latin1_to_utf8 IS 'legacy imports';
-- @after
CREATE SCHEMA app;
CREATE DEFAULT CONVERSION app.latin1_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
COMMENT ON CONVERSION app.latin1_to_utf8 IS 'legacy imports';
