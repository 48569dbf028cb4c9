-- table storage parameters (fillfactor, autovacuum thresholds) are set: ALTER TABLE SET (...), not a recreate
-- @before
CREATE TABLE public.hot_rows (id int PRIMARY KEY, counter bigint NOT NULL DEFAULT 0);
-- @after
CREATE TABLE public.hot_rows (id int PRIMARY KEY, counter bigint NOT NULL DEFAULT 0)
    WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_threshold = 500);
