-- a BRIN index's pages_per_range changes: ALTER INDEX SET is accepted but BRIN keeps the value written to its metapage at build time, so only a rebuild really applies it
-- @before
CREATE TABLE public.sensor_data (id bigint, recorded_at timestamptz NOT NULL, value double precision);
CREATE INDEX sensor_data_recorded_brin ON public.sensor_data USING brin (recorded_at) WITH (pages_per_range = 32);
-- @after
CREATE TABLE public.sensor_data (id bigint, recorded_at timestamptz NOT NULL, value double precision);
CREATE INDEX sensor_data_recorded_brin ON public.sensor_data USING brin (recorded_at) WITH (pages_per_range = 64, autosummarize = on);
