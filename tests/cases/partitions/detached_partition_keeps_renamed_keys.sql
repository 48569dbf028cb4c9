-- a partition detached whose key and index (its parent's, named after the partition) have other names in the target, where the table stands alone: renamed after the detach, not built again
-- expect-hazards: acquires-access-exclusive-lock
-- @before
CREATE TABLE public.events (id bigint NOT NULL, region text NOT NULL, kind text, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE INDEX events_kind_idx ON public.events (kind);
CREATE TABLE public.events_eu PARTITION OF public.events FOR VALUES IN ('eu');
CREATE TABLE public.events_us PARTITION OF public.events FOR VALUES IN ('us');
-- @after
CREATE TABLE public.events (id bigint NOT NULL, region text NOT NULL, kind text, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE INDEX events_kind_idx ON public.events (kind);
CREATE TABLE public.events_eu PARTITION OF public.events FOR VALUES IN ('eu');
CREATE TABLE public.events_us (id bigint NOT NULL, region text NOT NULL, kind text, CONSTRAINT events_us_pk PRIMARY KEY (id, region));
CREATE INDEX events_us_by_kind ON public.events_us (kind);
