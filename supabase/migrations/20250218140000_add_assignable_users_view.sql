-- The list of people work can be assigned to, and documentation of the main tables.

-- security_invoker: the policies on users apply to whoever queries the view.
CREATE VIEW public.assignable_users
WITH (security_invoker = true)
AS
SELECT id, email, full_name, role, department
FROM public.users
WHERE is_active
  AND role IN ('admin', 'lead_technician', 'technician');

COMMENT ON VIEW public.assignable_users IS
    'Active staff who may be assigned tasks and contact submissions (support staff excluded).';

COMMENT ON TABLE public.users IS
    'Staff accounts. The id matches the "sub" claim of the user''s JWT.';

COMMENT ON COLUMN public.users.role IS
    'Determines permissions; only admins may create or modify users.';

COMMENT ON TABLE public.tasks IS
    'Work items for the field service team. Every change is recorded in task_audit_log.';

COMMENT ON COLUMN public.tasks.assigned_to IS
    'Staff member responsible for the task; NULL while unassigned.';

COMMENT ON TABLE public.contact_submissions IS
    'Messages sent through the public contact form.';

COMMENT ON TABLE public.task_audit_log IS
    'Append-only change history of tasks, written by the log_task_change() trigger function.';
