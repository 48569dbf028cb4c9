-- dropping hstore while a column of type hstore exists: the column must be dropped first (data loss), then the extension
-- expect-hazards: deletes-data
-- @before
CREATE EXTENSION hstore;
CREATE TABLE public.products (id int PRIMARY KEY, attrs hstore);
-- @after
CREATE TABLE public.products (id int PRIMARY KEY);
