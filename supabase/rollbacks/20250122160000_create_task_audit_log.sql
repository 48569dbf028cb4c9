-- Undo 20250122160000_create_task_audit_log: remove the triggers, then the function, then the log.

DROP TRIGGER tasks_audit_delete ON public.tasks;

DROP TRIGGER tasks_audit_update ON public.tasks;

DROP TRIGGER tasks_audit_insert ON public.tasks;

DROP FUNCTION public.log_task_change();

DROP TABLE public.task_audit_log;
