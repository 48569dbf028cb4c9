-- checks of a partitioned table (with a sub-partitioned partition) and of an inheritance parent (with a child and a grandchild) change only their names: ALTER TABLE ... RENAME CONSTRAINT on the parent renames every inherited copy too, so nothing is dropped, added or validated again
-- @before
CREATE TABLE public.readings (id int NOT NULL, val int, CONSTRAINT readings_val_check CHECK (val >= 0)) PARTITION BY RANGE (id);
CREATE TABLE public.readings_low PARTITION OF public.readings FOR VALUES FROM (0) TO (100);
CREATE TABLE public.readings_high PARTITION OF public.readings FOR VALUES FROM (100) TO (200) PARTITION BY RANGE (id);
CREATE TABLE public.readings_high_a PARTITION OF public.readings_high FOR VALUES FROM (100) TO (150);
CREATE TABLE public.items (id int, "Weight" int, CONSTRAINT items_weight CHECK ("Weight" > 0));
CREATE TABLE public.tools (grip text) INHERITS (public.items);
CREATE TABLE public.hammers (head text) INHERITS (public.tools);
-- @after
CREATE TABLE public.readings (id int NOT NULL, val int, CONSTRAINT "Readings Non Negative" CHECK (val >= 0)) PARTITION BY RANGE (id);
CREATE TABLE public.readings_low PARTITION OF public.readings FOR VALUES FROM (0) TO (100);
CREATE TABLE public.readings_high PARTITION OF public.readings FOR VALUES FROM (100) TO (200) PARTITION BY RANGE (id);
CREATE TABLE public.readings_high_a PARTITION OF public.readings_high FOR VALUES FROM (100) TO (150);
CREATE TABLE public.items (id int, "Weight" int, CONSTRAINT items_weight_positive CHECK ("Weight" > 0));
CREATE TABLE public.tools (grip text) INHERITS (public.items);
CREATE TABLE public.hammers (head text) INHERITS (public.tools);
