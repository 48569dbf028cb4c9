-- Undo 20250116094500_create_task_attachments: drop the table with its index.

DROP TABLE public.task_attachments;
