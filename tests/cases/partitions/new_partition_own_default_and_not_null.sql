-- new partitions and inheritance children whose inherited columns have a default or NOT NULL of their own: set after the table is created from its parent
-- @before
CREATE TABLE public.readings (id int NOT NULL, region text NOT NULL, note text DEFAULT 'none', level int) PARTITION BY LIST (region);
CREATE TABLE public.base_log (id int, msg text DEFAULT 'x');
-- @after
CREATE TABLE public.readings (id int NOT NULL, region text NOT NULL, note text DEFAULT 'none', level int) PARTITION BY LIST (region);
CREATE TABLE public.readings_eu PARTITION OF public.readings (note DEFAULT 'eu', level NOT NULL) FOR VALUES IN ('eu');
CREATE TABLE public.readings_us PARTITION OF public.readings (note DEFAULT NULL) FOR VALUES IN ('us') PARTITION BY LIST (level);
CREATE TABLE public.readings_us_1 PARTITION OF public.readings_us (level DEFAULT 1) FOR VALUES IN (1);
CREATE TABLE public.base_log (id int, msg text DEFAULT 'x');
CREATE TABLE public.child_log () INHERITS (public.base_log);
ALTER TABLE public.child_log ALTER COLUMN msg SET DEFAULT 'child', ALTER COLUMN id SET NOT NULL;
