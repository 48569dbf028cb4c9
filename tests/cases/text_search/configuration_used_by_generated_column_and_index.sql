-- a configuration used by a stored generated tsvector column and by an expression GIN index (to_tsvector('app.cfg'::regconfig, body)) changes its mappings: alter the configuration in place (dropping it would need the column and the index dropped)
-- @before
CREATE SCHEMA app;
CREATE TEXT SEARCH CONFIGURATION app.cfg (COPY = pg_catalog.english);
CREATE TABLE app.docs (id int PRIMARY KEY, title text NOT NULL, body text NOT NULL,
    title_tsv tsvector GENERATED ALWAYS AS (to_tsvector('app.cfg'::regconfig, title)) STORED);
CREATE INDEX docs_body_fts ON app.docs USING gin (to_tsvector('app.cfg'::regconfig, body));
-- @after
CREATE SCHEMA app;
CREATE TEXT SEARCH CONFIGURATION app.cfg (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION app.cfg ALTER MAPPING FOR asciiword, word WITH simple;
ALTER TEXT SEARCH CONFIGURATION app.cfg DROP MAPPING FOR int, uint;
CREATE TABLE app.docs (id int PRIMARY KEY, title text NOT NULL, body text NOT NULL,
    title_tsv tsvector GENERATED ALWAYS AS (to_tsvector('app.cfg'::regconfig, title)) STORED);
CREATE INDEX docs_body_fts ON app.docs USING gin (to_tsvector('app.cfg'::regconfig, body));
