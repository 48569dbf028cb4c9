-- a unique constraint (including the partition key) and a row trigger on the partitioned parent cascade to partitions
-- expect-hazards: index-build
-- @before
CREATE TABLE public.bookings (id bigint NOT NULL, day date NOT NULL, updated_at timestamptz) PARTITION BY RANGE (day);
CREATE TABLE public.bookings_2024 PARTITION OF public.bookings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- @after
CREATE FUNCTION public.touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TABLE public.bookings (id bigint NOT NULL, day date NOT NULL, updated_at timestamptz,
    CONSTRAINT bookings_id_day_key UNIQUE (id, day)) PARTITION BY RANGE (day);
CREATE TABLE public.bookings_2024 PARTITION OF public.bookings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TRIGGER bookings_touch BEFORE UPDATE ON public.bookings FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();
