-- no-op: partitions created inline on one side and created standalone then attached (index attached too) on the other
-- @before
CREATE TABLE public.readings (sensor int NOT NULL, at date NOT NULL, v real) PARTITION BY RANGE (at);
CREATE INDEX readings_sensor_idx ON public.readings (sensor);
CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- @after
CREATE TABLE public.readings (sensor int NOT NULL, at date NOT NULL, v real) PARTITION BY RANGE (at);
CREATE TABLE public.readings_2024 (sensor int NOT NULL, at date NOT NULL, v real);
CREATE INDEX readings_2024_sensor_idx ON public.readings_2024 (sensor);
ALTER TABLE public.readings ATTACH PARTITION public.readings_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX readings_sensor_idx ON public.readings (sensor);
