-- a new (non-default) encoding conversion in a custom schema using a built-in pg_catalog conversion function: CREATE CONVERSION app.c FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8
-- @before
CREATE SCHEMA app;
-- @after
CREATE SCHEMA app;
CREATE CONVERSION app.latin1_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
