-- a partition's own unique index has the name PostgreSQL would give the partition's share of a key its parent gets in the same plan: the partition's index is created first, so the share takes the next free name
-- @before
CREATE TABLE public.visits (id bigint NOT NULL, day date NOT NULL, page text) PARTITION BY RANGE (day);
-- @after
CREATE TABLE public.visits (id bigint NOT NULL, day date NOT NULL, page text) PARTITION BY RANGE (day);
CREATE TABLE public.visits_2024 PARTITION OF public.visits FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.visits_2025 PARTITION OF public.visits FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE UNIQUE INDEX visits_2024_page_day_key ON public.visits_2024 (page, day);
CREATE INDEX visits_2025_page_idx ON public.visits_2025 (page);
ALTER TABLE public.visits ADD CONSTRAINT visits_page_day_key UNIQUE (page, day);
CREATE INDEX visits_page_idx ON public.visits (page);
