-- a parent index over a sub-partitioned partition gets the partitions' own indexes in place of the copies it had: it is made again ON ONLY, the middle level's index too, and every level is attached again
-- @before
CREATE TABLE public.events (region text NOT NULL, at integer, kind text) PARTITION BY LIST (region);
CREATE TABLE public.events_eu PARTITION OF public.events FOR VALUES IN ('eu');
CREATE TABLE public.events_us PARTITION OF public.events FOR VALUES IN ('us') PARTITION BY LIST (kind);
CREATE TABLE public.events_us_web PARTITION OF public.events_us FOR VALUES IN ('web');
CREATE TABLE public.events_us_app PARTITION OF public.events_us FOR VALUES IN ('app');
CREATE INDEX events_at_idx ON public.events (region, at);
CREATE INDEX events_eu_at_local ON public.events_eu (region, at);
CREATE INDEX events_us_web_at_local ON public.events_us_web (region, at);
-- @after
CREATE TABLE public.events (region text NOT NULL, at integer, kind text) PARTITION BY LIST (region);
CREATE TABLE public.events_eu PARTITION OF public.events FOR VALUES IN ('eu');
CREATE TABLE public.events_us PARTITION OF public.events FOR VALUES IN ('us') PARTITION BY LIST (kind);
CREATE TABLE public.events_us_web PARTITION OF public.events_us FOR VALUES IN ('web');
CREATE TABLE public.events_us_app PARTITION OF public.events_us FOR VALUES IN ('app');
CREATE INDEX events_eu_at_local ON public.events_eu (region, at);
CREATE INDEX events_us_web_at_local ON public.events_us_web (region, at);
CREATE INDEX events_at_idx ON public.events (region, at);
