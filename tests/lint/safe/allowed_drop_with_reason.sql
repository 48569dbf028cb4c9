SET lock_timeout = '3s';
-- pgshift:allow ban-drop-table the table was emptied and unused since 2024-01
DROP TABLE IF EXISTS public.legacy_events;
