-- the starting database is empty: everything is created from nothing
-- @before
-- @after
CREATE TABLE public.notes (id bigserial PRIMARY KEY, body text NOT NULL DEFAULT '', pinned boolean NOT NULL DEFAULT false);
CREATE INDEX notes_pinned_idx ON public.notes (pinned) WHERE pinned;
