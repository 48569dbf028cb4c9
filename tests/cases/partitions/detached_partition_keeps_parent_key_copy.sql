-- a partition leaves its parent, which drops its unique key and an index at the same time, while the target keeps the partition's copies of them as its own (named as the partition had them before the parent adopted them): the plan ends with the partition holding both
-- @before
CREATE TABLE public.readings (sensor int NOT NULL, taken date NOT NULL, val numeric) PARTITION BY RANGE (taken);
CREATE TABLE public.readings_2023 PARTITION OF public.readings (CONSTRAINT readings_2023_uk UNIQUE (sensor, taken)) FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX readings_2023_val ON public.readings_2023 (val);
ALTER TABLE public.readings ADD CONSTRAINT readings_uk UNIQUE (sensor, taken);
CREATE INDEX readings_val_idx ON public.readings (val);
-- @after
CREATE TABLE public.readings (sensor int NOT NULL, taken date NOT NULL, val numeric) PARTITION BY RANGE (taken);
CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.readings_2023 (sensor int NOT NULL, taken date NOT NULL, val numeric);
ALTER TABLE public.readings_2023 ADD CONSTRAINT readings_2023_uk UNIQUE (sensor, taken);
CREATE INDEX readings_2023_val ON public.readings_2023 (val);
