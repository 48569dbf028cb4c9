-- a table turned partitioned whose columns have storage and compression settings: the new table gets them before its partitions are created (they copy them) and before its rows are copied back (stored as they arrive)
-- @before
CREATE TABLE public.events (id int, at date, body text COMPRESSION pglz, raw text, "Note" text);
ALTER TABLE public.events ALTER COLUMN raw SET STORAGE EXTERNAL;
ALTER TABLE public.events ALTER COLUMN "Note" SET STATISTICS 200;
INSERT INTO public.events VALUES (1, '2024-05-01', 'b', 'r', 'n');
-- @after
CREATE TABLE public.events (id int, at date, body text COMPRESSION pglz, raw text, "Note" text) PARTITION BY RANGE (at);
ALTER TABLE public.events ALTER COLUMN raw SET STORAGE EXTERNAL;
ALTER TABLE public.events ALTER COLUMN "Note" SET STATISTICS 200;
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
