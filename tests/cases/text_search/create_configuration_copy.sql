-- a new text search configuration in a custom schema copied from pg_catalog.english: the copy brings all english mappings, which must be reproduced exactly
-- @before
CREATE SCHEMA app;
-- @after
CREATE SCHEMA app;
CREATE TEXT SEARCH CONFIGURATION app.cfg (COPY = pg_catalog.english);
