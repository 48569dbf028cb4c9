-- comments on a foreign-data wrapper, a server, a foreign table and one of its columns: COMMENT ON FOREIGN DATA WRAPPER / SERVER / FOREIGN TABLE / COLUMN
-- @before
CREATE FOREIGN DATA WRAPPER dummy_fdw;
CREATE SERVER s FOREIGN DATA WRAPPER dummy_fdw;
CREATE FOREIGN TABLE public.ft (id int, name text) SERVER s;
-- @after
CREATE FOREIGN DATA WRAPPER dummy_fdw;
CREATE SERVER s FOREIGN DATA WRAPPER dummy_fdw;
CREATE FOREIGN TABLE public.ft (id int, name text) SERVER s;
COMMENT ON FOREIGN DATA WRAPPER dummy_fdw IS 'no handler: for catalog-only tests';
COMMENT ON SERVER s IS 'nowhere';
COMMENT ON FOREIGN TABLE public.ft IS 'remote people';
COMMENT ON COLUMN public.ft.name IS 'display name';
