-- Undo 20250116093000_create_task_comments: drop the table with its index and trigger.

DROP TABLE public.task_comments;
