-- a new identity column on an existing table: ADD COLUMN ... GENERATED AS IDENTITY fills every row and rewrites the table
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.raw_events (payload jsonb NOT NULL);
-- @after
CREATE TABLE public.raw_events (payload jsonb NOT NULL, id bigint GENERATED ALWAYS AS IDENTITY);
