-- a partitioned table's index made ON ONLY it (not valid until every partition's copy is attached) has no copy on a partition the target created before the index: PostgreSQL gives a new partition a copy of every index of its parent, so the index is made again after the partition
-- @before
CREATE TABLE public.events (kind text NOT NULL, at int NOT NULL, body text) PARTITION BY LIST (kind);
CREATE TABLE public.events_click PARTITION OF public.events FOR VALUES IN ('click');
CREATE INDEX events_by_at ON ONLY public.events (kind, at);
CREATE INDEX events_click_by_at ON public.events_click (kind, at);
ALTER INDEX public.events_by_at ATTACH PARTITION public.events_click_by_at;
-- @after
CREATE TABLE public.events (kind text NOT NULL, at int NOT NULL, body text) PARTITION BY LIST (kind);
CREATE TABLE public.events_click PARTITION OF public.events FOR VALUES IN ('click');
CREATE TABLE public.events_view PARTITION OF public.events FOR VALUES IN ('view');
CREATE INDEX events_by_at ON ONLY public.events (kind, at);
CREATE INDEX events_click_by_at ON public.events_click (kind, at);
ALTER INDEX public.events_by_at ATTACH PARTITION public.events_click_by_at;
