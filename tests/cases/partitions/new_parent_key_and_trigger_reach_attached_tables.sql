-- a partitioned table the plan creates takes two existing tables as partitions, one already holding a matching unique key (adopted by the parent's key under a SHARE lock, no build) and one without (its index is built); a trigger made on the parent is cloned onto both under SHARE ROW EXCLUSIVE: the hazards say so for each attached table
-- expect-hazards: index-build, acquires-share-lock, acquires-share-row-exclusive-lock
-- @before
CREATE TABLE public.events_2024 (id bigint NOT NULL, at date NOT NULL, body text, CONSTRAINT events_2024_id_at_key UNIQUE (id, at));
CREATE TABLE public.events_2023 (id bigint NOT NULL, at date NOT NULL, body text);
CREATE FUNCTION public.stamp() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.body := coalesce(NEW.body, ''); RETURN NEW; END$$;
-- @after
CREATE TABLE public.events_2024 (id bigint NOT NULL, at date NOT NULL, body text, CONSTRAINT events_2024_id_at_key UNIQUE (id, at));
CREATE TABLE public.events_2023 (id bigint NOT NULL, at date NOT NULL, body text);
CREATE FUNCTION public.stamp() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.body := coalesce(NEW.body, ''); RETURN NEW; END$$;
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, body text, CONSTRAINT events_id_at_key UNIQUE (id, at)) PARTITION BY RANGE (at);
ALTER TABLE public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE public.events ATTACH PARTITION public.events_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TRIGGER events_stamp BEFORE INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.stamp();
