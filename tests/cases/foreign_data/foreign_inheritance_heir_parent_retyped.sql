-- a table that foreign tables inherit from (directly, and through a plain child) changes column types: PostgreSQL refuses USING where the change recurses into a foreign table, so a column with an assignment cast (int to bigint, smallint to integer, an enum or varchar to text) changes type without USING, and one without (uuid to bigint, text to an enum, both ways) is replaced, its values dropped
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock, deletes-data, breaks-clients, irreversible
-- @before
CREATE FOREIGN DATA WRAPPER archive_wrapper;
CREATE SERVER archive FOREIGN DATA WRAPPER archive_wrapper;
CREATE TYPE public.mood AS ENUM ('calm', 'busy');
CREATE TABLE public.readings (id int, token bigint, mood public.mood, level smallint DEFAULT 3, label varchar(20), CHECK (level > 0));
CREATE INDEX readings_id_idx ON public.readings (id);
CREATE TABLE public.readings_local (note text) INHERITS (public.readings);
CREATE FOREIGN TABLE public.readings_remote (origin text) INHERITS (public.readings_local) SERVER archive;
CREATE FOREIGN TABLE public.readings_old () INHERITS (public.readings) SERVER archive OPTIONS (table_name 'old');
CREATE VIEW public.reading_levels AS SELECT id, level, label FROM public.readings;
-- @after
CREATE FOREIGN DATA WRAPPER archive_wrapper;
CREATE SERVER archive FOREIGN DATA WRAPPER archive_wrapper;
CREATE TYPE public.mood AS ENUM ('calm', 'busy');
CREATE TABLE public.readings (id bigint, token uuid, mood text, level integer DEFAULT 3, label text, CHECK (level > 0));
CREATE INDEX readings_id_idx ON public.readings (id);
CREATE TABLE public.readings_local (note text) INHERITS (public.readings);
CREATE FOREIGN TABLE public.readings_remote (origin text) INHERITS (public.readings_local) SERVER archive;
CREATE FOREIGN TABLE public.readings_old () INHERITS (public.readings) SERVER archive OPTIONS (table_name 'old');
CREATE VIEW public.reading_levels AS SELECT id, level, label FROM public.readings;
