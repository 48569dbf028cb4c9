-- a materialized view rebuilt because a column of its table changes type gets its column settings (statistics target, compression) back once it is created again
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE TABLE public.readings (sensor int, reading int, label text);
CREATE MATERIALIZED VIEW public.sensor_peaks AS SELECT sensor, max(reading) AS peak, min(label) AS label FROM public.readings GROUP BY sensor;
ALTER MATERIALIZED VIEW public.sensor_peaks ALTER COLUMN sensor SET STATISTICS 250;
ALTER MATERIALIZED VIEW public.sensor_peaks ALTER COLUMN label SET COMPRESSION pglz;
-- @after
CREATE TABLE public.readings (sensor int, reading bigint, label text);
CREATE MATERIALIZED VIEW public.sensor_peaks AS SELECT sensor, max(reading) AS peak, min(label) AS label FROM public.readings GROUP BY sensor;
ALTER MATERIALIZED VIEW public.sensor_peaks ALTER COLUMN sensor SET STATISTICS 250;
ALTER MATERIALIZED VIEW public.sensor_peaks ALTER COLUMN label SET COMPRESSION pglz;
