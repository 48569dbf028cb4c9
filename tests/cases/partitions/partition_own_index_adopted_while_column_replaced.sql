-- a partition's own index on a column that is replaced (no cast between the types) is adopted by the parent's index in the target, and a plain partitioned index on the column is rebuilt too: both come back, the partition's attached to its parent
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.readings (sensor text NOT NULL, taken integer, note text) PARTITION BY LIST (sensor);
CREATE TABLE public.readings_a PARTITION OF public.readings FOR VALUES IN ('a');
CREATE TABLE public.readings_b PARTITION OF public.readings FOR VALUES IN ('b');
CREATE INDEX readings_taken_idx ON public.readings (sensor, taken);
CREATE INDEX readings_note_taken_idx ON public.readings (note, taken);
CREATE INDEX readings_a_taken_local ON public.readings_a (sensor, taken);
-- @after
CREATE TABLE public.readings (sensor text NOT NULL, taken timestamp with time zone, note text) PARTITION BY LIST (sensor);
CREATE TABLE public.readings_a PARTITION OF public.readings FOR VALUES IN ('a');
CREATE TABLE public.readings_b PARTITION OF public.readings FOR VALUES IN ('b');
CREATE INDEX readings_a_taken_local ON public.readings_a (sensor, taken);
CREATE INDEX readings_taken_idx ON public.readings (sensor, taken);
CREATE INDEX readings_note_taken_idx ON public.readings (note, taken);
