-- a standalone table that already has the parent's primary key and index becomes a partition: ATTACH PARTITION adopts its indexes as the partitions of the parent's, nothing is rebuilt
-- expect-hazards: full-table-scan
-- @before
CREATE TABLE public.events (id bigint NOT NULL, region text NOT NULL, kind text, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE INDEX events_kind_idx ON public.events (kind);
CREATE TABLE public.events_eu PARTITION OF public.events FOR VALUES IN ('eu');
CREATE TABLE public.events_us (id bigint NOT NULL, region text NOT NULL, kind text, CONSTRAINT events_us_pkey PRIMARY KEY (id, region));
CREATE INDEX events_us_kind_idx ON public.events_us (kind);
-- @after
CREATE TABLE public.events (id bigint NOT NULL, region text NOT NULL, kind text, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE INDEX events_kind_idx ON public.events (kind);
CREATE TABLE public.events_eu PARTITION OF public.events FOR VALUES IN ('eu');
CREATE TABLE public.events_us PARTITION OF public.events FOR VALUES IN ('us');
