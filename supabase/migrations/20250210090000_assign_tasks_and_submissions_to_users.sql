-- Tasks and contact submissions can be assigned to a staff member.
-- Deleting the user leaves the work unassigned rather than deleting it.

ALTER TABLE public.tasks
    ADD COLUMN assigned_to uuid REFERENCES public.users (id) ON DELETE SET NULL;

CREATE INDEX tasks_assigned_to_idx ON public.tasks (assigned_to);

ALTER TABLE public.contact_submissions
    ADD COLUMN assigned_to uuid REFERENCES public.users (id) ON DELETE SET NULL;

CREATE INDEX contact_submissions_assigned_to_idx
    ON public.contact_submissions (assigned_to);
