-- the dictionaries of existing mappings change (english_stem -> simple for asciiword, and a new one for email): ALTER MAPPING FOR ... WITH and ADD MAPPING in place, not drop/create of the configuration
-- @before
CREATE SCHEMA app;
CREATE TEXT SEARCH CONFIGURATION app.cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR asciiword, asciihword, hword_asciipart WITH english_stem;
-- @after
CREATE SCHEMA app;
CREATE TEXT SEARCH CONFIGURATION app.cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR asciiword WITH simple;
ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR asciihword, hword_asciipart WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR email WITH simple;
