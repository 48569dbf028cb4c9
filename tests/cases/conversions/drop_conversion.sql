-- a conversion in public is dropped, the schema's other conversion stays: DROP CONVERSION public.utf8_to_latin1
-- @before
CREATE CONVERSION public.utf8_to_latin1 FOR 'UTF8' TO 'LATIN1' FROM utf8_to_iso8859_1;
CREATE CONVERSION public.latin1_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
-- @after
CREATE CONVERSION public.latin1_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
