-- extended statistics are dropped while the table stays: DROP STATISTICS (schema-qualified), recreated with the same kinds on rollback
-- @before
CREATE TABLE public.measurements (id bigint PRIMARY KEY, sensor text NOT NULL, unit text NOT NULL);
CREATE STATISTICS public.measurements_sensor_unit (dependencies, mcv) ON sensor, unit FROM public.measurements;
-- @after
CREATE TABLE public.measurements (id bigint PRIMARY KEY, sensor text NOT NULL, unit text NOT NULL);
