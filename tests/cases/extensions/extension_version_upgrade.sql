-- the same extension at a newer version: needs ALTER EXTENSION UPDATE, which pg_dump cannot show (it omits versions)
-- expect-hazards: extension-upgrade
-- @before
CREATE EXTENSION hstore VERSION '1.7';
CREATE TABLE public.kv (id int PRIMARY KEY, data hstore);
-- @after
CREATE EXTENSION hstore VERSION '1.8';
CREATE TABLE public.kv (id int PRIMARY KEY, data hstore);
