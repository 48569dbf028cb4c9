-- a column covered by extended statistics (plain and in an expression) changes type int -> bigint: PostgreSQL 15 rebuilds the statistics during ALTER COLUMN TYPE but resets their statistics target to -1, so SET STATISTICS 300 must be re-applied (both directions)
-- @before
CREATE TABLE public.readings (id int PRIMARY KEY, device_id int NOT NULL, reading numeric NOT NULL);
CREATE STATISTICS public.readings_device (ndistinct, dependencies) ON device_id, reading FROM public.readings;
ALTER STATISTICS public.readings_device SET STATISTICS 300;
CREATE STATISTICS public.readings_device_mod ON (device_id % 16), reading FROM public.readings;
COMMENT ON STATISTICS public.readings_device_mod IS 'device buckets';
-- @after
CREATE TABLE public.readings (id int PRIMARY KEY, device_id bigint NOT NULL, reading numeric NOT NULL);
CREATE STATISTICS public.readings_device (ndistinct, dependencies) ON device_id, reading FROM public.readings;
ALTER STATISTICS public.readings_device SET STATISTICS 300;
CREATE STATISTICS public.readings_device_mod ON (device_id % 16), reading FROM public.readings;
COMMENT ON STATISTICS public.readings_device_mod IS 'device buckets';
