-- Contact form submissions from the public website, triaged by the support team.

CREATE TABLE public.contact_submissions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL,
    email text NOT NULL,
    company text,
    phone text,
    message text NOT NULL,
    status text NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    CONSTRAINT contact_submissions_status_check
        CHECK (status IN ('new', 'in_progress', 'resolved')),
    CONSTRAINT contact_submissions_email_check
        CHECK (position('@' IN email) > 1)
);

-- The support inbox lists submissions by status, newest first.
CREATE INDEX contact_submissions_status_created_at_idx
    ON public.contact_submissions (status, created_at DESC);
