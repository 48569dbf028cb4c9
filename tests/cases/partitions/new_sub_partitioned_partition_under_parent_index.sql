-- a new partition that is itself partitioned, under a parent whose index and key exist: PostgreSQL gives the new partition and its own partitions their copies of both, so the plan creates only the tables (no second build of the copies)
-- @before
CREATE TABLE public.events (
    id bigint NOT NULL,
    region text NOT NULL,
    created date NOT NULL,
    PRIMARY KEY (id, region, created)
) PARTITION BY LIST (region);
CREATE INDEX events_created_idx ON public.events (created);
CREATE UNIQUE INDEX events_region_id_created_idx ON public.events (region, id, created);
CREATE TABLE public.events_us PARTITION OF public.events FOR VALUES IN ('us');
-- @after
CREATE TABLE public.events (
    id bigint NOT NULL,
    region text NOT NULL,
    created date NOT NULL,
    PRIMARY KEY (id, region, created)
) PARTITION BY LIST (region);
CREATE INDEX events_created_idx ON public.events (created);
CREATE UNIQUE INDEX events_region_id_created_idx ON public.events (region, id, created);
CREATE TABLE public.events_us PARTITION OF public.events FOR VALUES IN ('us');
CREATE TABLE public.events_eu PARTITION OF public.events FOR VALUES IN ('eu') PARTITION BY RANGE (created);
CREATE TABLE public.events_eu_old PARTITION OF public.events_eu FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE TABLE public.events_eu_new PARTITION OF public.events_eu FOR VALUES FROM ('2024-01-01') TO (MAXVALUE) PARTITION BY HASH (id);
CREATE TABLE public.events_eu_new_0 PARTITION OF public.events_eu_new FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.events_eu_new_1 PARTITION OF public.events_eu_new FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE INDEX events_eu_new_region_idx ON public.events_eu_new (region);
