-- new partitions whose copies of the parent's index and key carry names of their own (a table made with its index and attached, a partition declared with a key of its own whose copy of the parent's key is renamed): created as partitions, the copies PostgreSQL names are renamed
-- @before
CREATE TABLE public.metrics (source text NOT NULL, taken_at int NOT NULL, reading int, CONSTRAINT metrics_pkey PRIMARY KEY (source, taken_at)) PARTITION BY LIST (source);
CREATE INDEX metrics_by_reading ON public.metrics (reading);
CREATE TABLE public.metrics_web PARTITION OF public.metrics FOR VALUES IN ('web');
-- @after
CREATE TABLE public.metrics (source text NOT NULL, taken_at int NOT NULL, reading int, CONSTRAINT metrics_pkey PRIMARY KEY (source, taken_at)) PARTITION BY LIST (source);
CREATE INDEX metrics_by_reading ON public.metrics (reading);
CREATE TABLE public.metrics_web PARTITION OF public.metrics FOR VALUES IN ('web');
CREATE TABLE public.metrics_app (source text NOT NULL, taken_at int NOT NULL, reading int);
CREATE INDEX "metrics app reading" ON public.metrics_app (reading);
ALTER TABLE public.metrics_app ADD CONSTRAINT metrics_app_identity PRIMARY KEY (source, taken_at);
ALTER TABLE public.metrics ATTACH PARTITION public.metrics_app FOR VALUES IN ('app');
CREATE TABLE public.metrics_batch PARTITION OF public.metrics (CONSTRAINT metrics_batch_reading UNIQUE (reading, source)) FOR VALUES IN ('batch');
ALTER INDEX public.metrics_batch_pkey RENAME TO metrics_batch_identity;
