-- a comment is added to a conversion: COMMENT ON CONVERSION
-- @before
CREATE SCHEMA app;
CREATE CONVERSION app.latin1_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
-- @after
CREATE SCHEMA app;
CREATE CONVERSION app.latin1_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
COMMENT ON CONVERSION app.latin1_to_utf8 IS 'legacy imports from the ERP';
