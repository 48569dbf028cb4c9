-- a partition leaves a parent that is dropped for a new one, and its serial column becomes a timestamp: the partition's copy of the old parent's default uses the sequence the old parent takes along, so that default goes before the old parent does
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.readings (seq serial, station int, taken_at date) PARTITION BY LIST (station);
CREATE TABLE public.readings_north PARTITION OF public.readings FOR VALUES IN (1, 2);
-- @after
CREATE TABLE public.station_readings (seq timestamptz, station int, taken_at date) PARTITION BY LIST (station);
CREATE TABLE public.readings_north PARTITION OF public.station_readings FOR VALUES IN (1, 2);
