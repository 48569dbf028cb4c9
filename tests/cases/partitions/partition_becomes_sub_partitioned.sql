-- a partition of a list-partitioned table becomes range partitioned itself (and back, in the rollback): it is detached and stashed, its copies of the parent's key and index renamed away, created anew as a partitioned partition with its own partitions, its rows copied in; its own index, check, trigger and comment come back, and the parent's key and index reach the new partitions under their default names
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE FUNCTION public.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.noted := now(); RETURN NEW; END $$;
CREATE TABLE public.events (
    id bigint NOT NULL,
    region text NOT NULL,
    created date NOT NULL,
    payload jsonb,
    noted timestamptz,
    PRIMARY KEY (id, region, created)
) PARTITION BY LIST (region);
CREATE INDEX events_created_idx ON public.events (created);
CREATE TABLE public.events_eu PARTITION OF public.events FOR VALUES IN ('eu');
CREATE TABLE public.events_us PARTITION OF public.events FOR VALUES IN ('us');
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;
CREATE INDEX events_eu_payload_idx ON public.events_eu USING gin (payload);
ALTER TABLE public.events_eu ADD CONSTRAINT events_eu_recent CHECK (created > '2000-01-01');
CREATE TRIGGER events_eu_stamp BEFORE INSERT ON public.events_eu FOR EACH ROW EXECUTE FUNCTION public.stamp();
COMMENT ON TABLE public.events_eu IS 'european events';
-- @after
CREATE FUNCTION public.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.noted := now(); RETURN NEW; END $$;
CREATE TABLE public.events (
    id bigint NOT NULL,
    region text NOT NULL,
    created date NOT NULL,
    payload jsonb,
    noted timestamptz,
    PRIMARY KEY (id, region, created)
) PARTITION BY LIST (region);
CREATE INDEX events_created_idx ON public.events (created);
CREATE TABLE public.events_eu PARTITION OF public.events FOR VALUES IN ('eu') PARTITION BY RANGE (created);
CREATE TABLE public.events_eu_old PARTITION OF public.events_eu FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE TABLE public.events_eu_new PARTITION OF public.events_eu FOR VALUES FROM ('2024-01-01') TO (MAXVALUE);
CREATE TABLE public.events_us PARTITION OF public.events FOR VALUES IN ('us');
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;
CREATE INDEX events_eu_payload_idx ON public.events_eu USING gin (payload);
ALTER TABLE public.events_eu ADD CONSTRAINT events_eu_recent CHECK (created > '2000-01-01');
CREATE TRIGGER events_eu_stamp BEFORE INSERT ON public.events_eu FOR EACH ROW EXECUTE FUNCTION public.stamp();
COMMENT ON TABLE public.events_eu IS 'european events';
