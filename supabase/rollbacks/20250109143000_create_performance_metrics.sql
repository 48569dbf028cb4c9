-- Undo 20250109143000_create_performance_metrics: drop the table, its indexes and identity sequence.

DROP TABLE public.performance_metrics;
