-- a partitioned table's unique index (not a key) takes a partition's own primary key as its copy in one schema and a plain unique index in the other: the parent index is dropped with CASCADE (the key depends on it), rebuilt ON ONLY, and the partition's index made as the target has it and attached
-- @before
CREATE TABLE public.readings (region text NOT NULL, sensor int NOT NULL, value numeric) PARTITION BY LIST (region);
CREATE TABLE public.readings_north PARTITION OF public.readings FOR VALUES IN ('north');
CREATE TABLE public.readings_south PARTITION OF public.readings FOR VALUES IN ('south');
ALTER TABLE public.readings_north ADD CONSTRAINT readings_north_ident PRIMARY KEY (region, sensor);
CREATE UNIQUE INDEX readings_ident ON public.readings (region, sensor);
-- @after
CREATE TABLE public.readings (region text NOT NULL, sensor int NOT NULL, value numeric) PARTITION BY LIST (region);
CREATE TABLE public.readings_north PARTITION OF public.readings FOR VALUES IN ('north');
CREATE TABLE public.readings_south PARTITION OF public.readings FOR VALUES IN ('south');
CREATE UNIQUE INDEX readings_north_ident ON public.readings_north (region, sensor);
CREATE UNIQUE INDEX readings_ident ON public.readings (region, sensor);
