-- the partitions' own indexes on a column whose type changes are adopted by the parent's index in the target (one a level down, under a sub-partitioned partition): they are rebuilt for the new type, then attached to the parent index made again
-- @before
CREATE TABLE public.events (region text NOT NULL, at integer, kind text) PARTITION BY LIST (region);
CREATE TABLE public.events_eu PARTITION OF public.events FOR VALUES IN ('eu');
CREATE TABLE public.events_us PARTITION OF public.events FOR VALUES IN ('us') PARTITION BY LIST (kind);
CREATE TABLE public.events_us_web PARTITION OF public.events_us FOR VALUES IN ('web');
CREATE INDEX events_at_idx ON public.events (region, at);
CREATE INDEX events_eu_at_local ON public.events_eu (region, at);
CREATE INDEX events_us_web_at_local ON public.events_us_web (region, at);
-- @after
CREATE TABLE public.events (region text NOT NULL, at bigint, kind text) PARTITION BY LIST (region);
CREATE TABLE public.events_eu PARTITION OF public.events FOR VALUES IN ('eu');
CREATE TABLE public.events_us PARTITION OF public.events FOR VALUES IN ('us') PARTITION BY LIST (kind);
CREATE TABLE public.events_us_web PARTITION OF public.events_us FOR VALUES IN ('web');
CREATE INDEX events_eu_at_local ON public.events_eu (region, at);
CREATE INDEX events_us_web_at_local ON public.events_us_web (region, at);
CREATE INDEX events_at_idx ON public.events (region, at);
