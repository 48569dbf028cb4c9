-- a partitioned table and an inheritance parent get a statistics target and a storage of their own while their partitions and children keep theirs (one has its own statistics target): the settings are set with ALTER TABLE ONLY, since SET STATISTICS and SET STORAGE would reach every partition and child
-- @before
CREATE TABLE public.readings (sensor int NOT NULL, taken_at date NOT NULL, note text, "Label" text) PARTITION BY RANGE (taken_at);
CREATE TABLE public.readings_h1 PARTITION OF public.readings FOR VALUES FROM ('2026-01-01') TO ('2026-07-01');
CREATE TABLE public.docs (id int, blob text, tag text);
CREATE TABLE public.docs_archived (archived_on date) INHERITS (public.docs);
-- @after
CREATE TABLE public.readings (sensor int NOT NULL, taken_at date NOT NULL, note text, "Label" text) PARTITION BY RANGE (taken_at);
CREATE TABLE public.readings_h1 PARTITION OF public.readings FOR VALUES FROM ('2026-01-01') TO ('2026-07-01');
ALTER TABLE ONLY public.readings ALTER COLUMN "Label" SET STATISTICS 800;
ALTER TABLE ONLY public.readings ALTER COLUMN note SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.readings_h1 ALTER COLUMN "Label" SET STATISTICS 20;
CREATE TABLE public.docs (id int, blob text, tag text);
CREATE TABLE public.docs_archived (archived_on date) INHERITS (public.docs);
ALTER TABLE ONLY public.docs ALTER COLUMN blob SET STORAGE MAIN;
ALTER TABLE ONLY public.docs ALTER COLUMN tag SET STATISTICS 250;
