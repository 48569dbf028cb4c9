-- Undo 20250210090000_assign_tasks_and_submissions_to_users: drop the assignment columns
-- (their foreign keys go with them).

DROP INDEX public.contact_submissions_assigned_to_idx;

ALTER TABLE public.contact_submissions DROP COLUMN assigned_to;

DROP INDEX public.tasks_assigned_to_idx;

ALTER TABLE public.tasks DROP COLUMN assigned_to;
