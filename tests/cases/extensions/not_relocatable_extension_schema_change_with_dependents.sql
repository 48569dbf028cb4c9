-- xml2 (not relocatable) moves to another schema while a view, an expression index, a CHECK constraint, a column default, a generated column and a SQL-standard function body use its functions: they go before it is dropped and come back after it is created in the new schema
-- expect-hazards: breaks-clients
-- @before
CREATE SCHEMA ext;
CREATE EXTENSION xml2 WITH SCHEMA public;
CREATE TABLE public.docs (id int PRIMARY KEY, body text NOT NULL CHECK (public.xpath_bool(body, '/doc')),
    title text DEFAULT public.xml_encode_special_chars('<untitled>'),
    root_name text GENERATED ALWAYS AS (public.xpath_string(body, 'name(/*)')) STORED);
CREATE INDEX docs_version_idx ON public.docs (public.xpath_number(body, '/doc/@version'));
CREATE VIEW public.doc_titles AS SELECT id, public.xpath_string(body, '/doc/title') AS title FROM public.docs;
CREATE FUNCTION public.doc_title(body text) RETURNS text LANGUAGE sql IMMUTABLE
    BEGIN ATOMIC SELECT public.xpath_string(body, '/doc/title'); END;
-- @after
CREATE SCHEMA ext;
CREATE EXTENSION xml2 WITH SCHEMA ext;
CREATE TABLE public.docs (id int PRIMARY KEY, body text NOT NULL CHECK (ext.xpath_bool(body, '/doc')),
    title text DEFAULT ext.xml_encode_special_chars('<untitled>'),
    root_name text GENERATED ALWAYS AS (ext.xpath_string(body, 'name(/*)')) STORED);
CREATE INDEX docs_version_idx ON public.docs (ext.xpath_number(body, '/doc/@version'));
CREATE VIEW public.doc_titles AS SELECT id, ext.xpath_string(body, '/doc/title') AS title FROM public.docs;
CREATE FUNCTION public.doc_title(body text) RETURNS text LANGUAGE sql IMMUTABLE
    BEGIN ATOMIC SELECT ext.xpath_string(body, '/doc/title'); END;
