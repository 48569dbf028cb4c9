-- an UNLOGGED table becomes logged: ALTER TABLE SET LOGGED rewrites the table into WAL under an exclusive lock
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE UNLOGGED TABLE public.cache_entries (key text PRIMARY KEY, value bytea, expires_at timestamptz);
-- @after
CREATE TABLE public.cache_entries (key text PRIMARY KEY, value bytea, expires_at timestamptz);
