-- a row trigger on a partitioned table clones to partitions: only the parent trigger is a change, the clones must not be diffed
-- @before
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, seen boolean NOT NULL DEFAULT false) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- @after
CREATE FUNCTION public.mark_unseen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.seen := false; RETURN NEW; END $$;
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, seen boolean NOT NULL DEFAULT false) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TRIGGER events_mark_unseen BEFORE UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION public.mark_unseen();
