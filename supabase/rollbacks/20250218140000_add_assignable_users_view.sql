-- Undo 20250218140000_add_assignable_users_view: remove the comments and the view.

COMMENT ON TABLE public.task_audit_log IS NULL;

COMMENT ON TABLE public.contact_submissions IS NULL;

COMMENT ON COLUMN public.tasks.assigned_to IS NULL;

COMMENT ON TABLE public.tasks IS NULL;

COMMENT ON COLUMN public.users.role IS NULL;

COMMENT ON TABLE public.users IS NULL;

DROP VIEW public.assignable_users;
