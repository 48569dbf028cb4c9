-- an index gains INCLUDE columns for index-only scans: same name and key, different definition, so drop and rebuild
-- expect-hazards: index-dropped, index-build
-- @before
CREATE TABLE public.events (id bigint PRIMARY KEY, account_id int NOT NULL, kind text NOT NULL, at timestamptz NOT NULL);
CREATE INDEX events_account_idx ON public.events (account_id);
-- @after
CREATE TABLE public.events (id bigint PRIMARY KEY, account_id int NOT NULL, kind text NOT NULL, at timestamptz NOT NULL);
CREATE INDEX events_account_idx ON public.events (account_id) INCLUDE (kind, at);
