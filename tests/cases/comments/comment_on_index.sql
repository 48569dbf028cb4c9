-- a comment on an index
-- @before
CREATE TABLE public.events (id int PRIMARY KEY, at timestamptz);
CREATE INDEX events_at_idx ON public.events (at);
-- @after
CREATE TABLE public.events (id int PRIMARY KEY, at timestamptz);
CREATE INDEX events_at_idx ON public.events (at);
COMMENT ON INDEX public.events_at_idx IS 'supports the recent-events query';
