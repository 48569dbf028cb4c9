-- a partition's index attached to the parent's index has another name on the other side (made with the partition there, by hand and attached here): renamed, not rebuilt
-- expect-hazards: acquires-access-exclusive-lock
-- @before
CREATE TABLE public.readings (sensor int NOT NULL, at date NOT NULL, v real) PARTITION BY RANGE (at);
CREATE INDEX readings_sensor_idx ON public.readings (sensor);
CREATE INDEX readings_v_idx ON public.readings (v) WHERE v > 0;
CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- @after
CREATE TABLE public.readings (sensor int NOT NULL, at date NOT NULL, v real) PARTITION BY RANGE (at);
CREATE INDEX readings_sensor_idx ON public.readings (sensor);
CREATE INDEX readings_v_idx ON public.readings (v) WHERE v > 0;
CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER INDEX public.readings_2024_sensor_idx RENAME TO readings_2024_by_sensor;
ALTER INDEX public.readings_2024_v_idx RENAME TO "Readings 2024 positive v";
