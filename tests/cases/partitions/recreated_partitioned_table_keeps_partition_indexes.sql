-- a partitioned table recreated for its key column's new type keeps the indexes of its partitions: dropping its index drops theirs, so they are built again and attached to the new index (one named by hand too)
-- @before
CREATE TABLE public.readings (sensor int NOT NULL, bucket int NOT NULL, value real) PARTITION BY RANGE (bucket);
CREATE TABLE public.readings_low PARTITION OF public.readings FOR VALUES FROM (0) TO (100);
CREATE TABLE public.readings_high PARTITION OF public.readings FOR VALUES FROM (100) TO (200);
CREATE INDEX readings_value_idx ON ONLY public.readings (value);
CREATE INDEX low_value_by_hand ON public.readings_low (value);
ALTER INDEX public.readings_value_idx ATTACH PARTITION public.low_value_by_hand;
CREATE INDEX readings_high_value_idx ON public.readings_high (value);
ALTER INDEX public.readings_value_idx ATTACH PARTITION public.readings_high_value_idx;
-- @after
CREATE TABLE public.readings (sensor int NOT NULL, bucket bigint NOT NULL, value real) PARTITION BY RANGE (bucket);
CREATE TABLE public.readings_low PARTITION OF public.readings FOR VALUES FROM (0) TO (100);
CREATE TABLE public.readings_high PARTITION OF public.readings FOR VALUES FROM (100) TO (200);
CREATE INDEX readings_value_idx ON ONLY public.readings (value);
CREATE INDEX low_value_by_hand ON public.readings_low (value);
ALTER INDEX public.readings_value_idx ATTACH PARTITION public.low_value_by_hand;
CREATE INDEX readings_high_value_idx ON public.readings_high (value);
ALTER INDEX public.readings_value_idx ATTACH PARTITION public.readings_high_value_idx;
