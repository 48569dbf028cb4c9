-- hstore moves to a version with no way back while a GiST index uses its operator class and a view its function: going back recreates the extension, with the index and the view rebuilt around it
-- expect-hazards: extension-upgrade
-- @before
CREATE EXTENSION hstore VERSION '1.7';
CREATE TABLE public.kv (id int PRIMARY KEY, data hstore);
CREATE INDEX kv_data_idx ON public.kv USING gist (data);
CREATE VIEW public.kv_keys AS SELECT id, akeys(data) AS keys FROM public.kv;
-- @after
CREATE EXTENSION hstore VERSION '1.8';
CREATE TABLE public.kv (id int PRIMARY KEY, data hstore);
CREATE INDEX kv_data_idx ON public.kv USING gist (data);
CREATE VIEW public.kv_keys AS SELECT id, akeys(data) AS keys FROM public.kv;
