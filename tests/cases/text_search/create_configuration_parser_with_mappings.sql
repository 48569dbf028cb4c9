-- a new configuration on the default parser with explicit mappings, one to a new custom dictionary then english_stem: dictionary, configuration, ADD MAPPING (dictionary order matters)
-- @before
CREATE SCHEMA app;
-- @after
CREATE SCHEMA app;
CREATE TEXT SEARCH DICTIONARY app.english_simple (TEMPLATE = pg_catalog.simple, StopWords = english, ACCEPT = false);
CREATE TEXT SEARCH CONFIGURATION app.cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR asciiword, word WITH app.english_simple, english_stem;
ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR int, uint, numword WITH simple;
