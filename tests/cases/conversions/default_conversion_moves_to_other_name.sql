-- the DEFAULT conversion for LATIN1 -> UTF8 in a schema moves from one conversion to a new one: only one default may exist per schema and encoding pair, so the old default must be dropped (or made non-default) before the new default is created, in both directions
-- @before
CREATE SCHEMA app;
CREATE DEFAULT CONVERSION app.latin1_utf8_v1 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
-- @after
CREATE SCHEMA app;
CREATE CONVERSION app.latin1_utf8_v1 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE DEFAULT CONVERSION app.latin1_utf8_v2 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
