-- Undo 20250114101500_create_tasks: drop the table first, then what it depended on.

DROP TABLE public.tasks;

DROP FUNCTION public.set_updated_at();

DROP TYPE public.task_priority;

DROP TYPE public.task_status;
