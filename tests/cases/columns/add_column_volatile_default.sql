-- a column with a volatile default (clock_timestamp()) is added: unlike a constant default this rewrites the table
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.events (id bigint PRIMARY KEY, name text);
-- @after
CREATE TABLE public.events (id bigint PRIMARY KEY, name text, recorded_at timestamptz NOT NULL DEFAULT clock_timestamp());
