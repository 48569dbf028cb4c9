-- a plain table becomes range partitioned: it is stashed, created partitioned with its partitions, its rows copied in, and the key, index, trigger, view and the foreign key that references it rebuilt around it; the identity continues where it was
-- expect-hazards: acquires-access-exclusive-lock, correctness, table-rewrite
-- @before
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.seen := now(); RETURN NEW; END $$;
CREATE TABLE public.readings (
    id bigint GENERATED ALWAYS AS IDENTITY,
    taken date NOT NULL,
    value numeric,
    seen timestamptz,
    PRIMARY KEY (id, taken)
);
CREATE INDEX readings_value_idx ON public.readings (value);
CREATE TRIGGER readings_touch BEFORE INSERT ON public.readings FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE VIEW public.recent_readings AS SELECT id, taken, value FROM public.readings WHERE taken > '2024-01-01';
CREATE TABLE public.flags (id serial PRIMARY KEY, reading_id bigint, reading_taken date, FOREIGN KEY (reading_id, reading_taken) REFERENCES public.readings (id, taken));
COMMENT ON TABLE public.readings IS 'sensor readings';
-- @after
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.seen := now(); RETURN NEW; END $$;
CREATE TABLE public.readings (
    id bigint GENERATED ALWAYS AS IDENTITY,
    taken date NOT NULL,
    value numeric,
    seen timestamptz,
    PRIMARY KEY (id, taken)
) PARTITION BY RANGE (taken);
CREATE TABLE public.readings_2023 PARTITION OF public.readings FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX readings_value_idx ON public.readings (value);
CREATE TRIGGER readings_touch BEFORE INSERT ON public.readings FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE VIEW public.recent_readings AS SELECT id, taken, value FROM public.readings WHERE taken > '2024-01-01';
CREATE TABLE public.flags (id serial PRIMARY KEY, reading_id bigint, reading_taken date, FOREIGN KEY (reading_id, reading_taken) REFERENCES public.readings (id, taken));
COMMENT ON TABLE public.readings IS 'sensor readings';
