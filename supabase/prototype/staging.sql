-- Staging database, as it stands after the user_preferences table was prototyped there.
--
-- Everything except user_preferences is the end state of supabase/migrations/ (all nine
-- migrations), written out as plain DDL. The user_preferences table at the bottom was created
-- by hand on staging and has no migration yet: diffing this schema against the migrations is
-- how that migration gets generated.

-- Types --------------------------------------------------------------------------------------

CREATE TYPE public.task_status AS ENUM ('todo', 'in_progress', 'blocked', 'done');

CREATE TYPE public.task_priority AS ENUM ('low', 'medium', 'high', 'urgent');

CREATE TYPE public.user_role AS ENUM ('admin', 'lead_technician', 'technician', 'support');

-- Users --------------------------------------------------------------------------------------

CREATE FUNCTION public.set_updated_at()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TABLE public.users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL UNIQUE,
    full_name text NOT NULL,
    role public.user_role NOT NULL DEFAULT 'technician',
    department text,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE public.users IS
    'Staff accounts. The id matches the "sub" claim of the user''s JWT.';

COMMENT ON COLUMN public.users.role IS
    'Determines permissions; only admins may create or modify users.';

CREATE TRIGGER users_set_updated_at
    BEFORE UPDATE ON public.users
    FOR EACH ROW
    EXECUTE FUNCTION public.set_updated_at();

CREATE FUNCTION public.current_user_id()
RETURNS uuid
LANGUAGE sql
STABLE
SET search_path = ''
AS $$
    SELECT nullif(
        nullif(pg_catalog.current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub',
        ''
    )::uuid;
$$;

CREATE FUNCTION public.is_admin()
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
    SELECT EXISTS (
        SELECT 1
        FROM public.users AS u
        WHERE u.id = public.current_user_id()
          AND u.role = 'admin'
          AND u.is_active
    );
$$;

ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Active users are visible to everyone"
    ON public.users
    FOR SELECT
    USING (is_active OR id = public.current_user_id() OR public.is_admin());

CREATE POLICY "Admins can add users"
    ON public.users
    FOR INSERT
    WITH CHECK (public.is_admin());

CREATE POLICY "Admins can update users"
    ON public.users
    FOR UPDATE
    USING (public.is_admin())
    WITH CHECK (public.is_admin());

CREATE VIEW public.assignable_users
WITH (security_invoker = true)
AS
SELECT id, email, full_name, role, department
FROM public.users
WHERE is_active
  AND role IN ('admin', 'lead_technician', 'technician');

COMMENT ON VIEW public.assignable_users IS
    'Active staff who may be assigned tasks and contact submissions (support staff excluded).';

-- Contact form -------------------------------------------------------------------------------

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
    assigned_to uuid REFERENCES public.users (id) ON DELETE SET NULL,
    CONSTRAINT contact_submissions_status_check
        CHECK (status IN ('new', 'in_progress', 'resolved')),
    CONSTRAINT contact_submissions_email_check
        CHECK (position('@' IN email) > 1)
);

COMMENT ON TABLE public.contact_submissions IS
    'Messages sent through the public contact form.';

CREATE INDEX contact_submissions_status_created_at_idx
    ON public.contact_submissions (status, created_at DESC);

CREATE INDEX contact_submissions_assigned_to_idx
    ON public.contact_submissions (assigned_to);

-- Performance metrics ------------------------------------------------------------------------

CREATE TABLE public.performance_metrics (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    metric_name text NOT NULL,
    value numeric NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    tags jsonb NOT NULL DEFAULT '{}'::jsonb,
    CONSTRAINT performance_metrics_metric_name_check CHECK (metric_name <> '')
);

CREATE INDEX performance_metrics_metric_name_recorded_at_idx
    ON public.performance_metrics (metric_name, recorded_at);

CREATE INDEX performance_metrics_tags_idx
    ON public.performance_metrics USING gin (tags);

-- Tasks --------------------------------------------------------------------------------------

CREATE TABLE public.tasks (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title text NOT NULL,
    description text,
    status public.task_status NOT NULL DEFAULT 'todo',
    priority public.task_priority NOT NULL DEFAULT 'medium',
    due_date date,
    completed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    assigned_to uuid REFERENCES public.users (id) ON DELETE SET NULL,
    CONSTRAINT tasks_title_check CHECK (length(btrim(title)) > 0),
    CONSTRAINT tasks_completed_at_check
        CHECK ((status = 'done') = (completed_at IS NOT NULL))
);

COMMENT ON TABLE public.tasks IS
    'Work items for the field service team. Every change is recorded in task_audit_log.';

COMMENT ON COLUMN public.tasks.assigned_to IS
    'Staff member responsible for the task; NULL while unassigned.';

CREATE INDEX tasks_status_due_date_idx ON public.tasks (status, due_date);

CREATE INDEX tasks_assigned_to_idx ON public.tasks (assigned_to);

CREATE TRIGGER tasks_set_updated_at
    BEFORE UPDATE ON public.tasks
    FOR EACH ROW
    EXECUTE FUNCTION public.set_updated_at();

CREATE TABLE public.task_comments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    task_id uuid NOT NULL REFERENCES public.tasks (id) ON DELETE CASCADE,
    author_email text NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT task_comments_body_check CHECK (length(btrim(body)) > 0)
);

CREATE INDEX task_comments_task_id_created_at_idx
    ON public.task_comments (task_id, created_at);

CREATE TRIGGER task_comments_set_updated_at
    BEFORE UPDATE ON public.task_comments
    FOR EACH ROW
    EXECUTE FUNCTION public.set_updated_at();

CREATE TABLE public.task_attachments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    task_id uuid NOT NULL REFERENCES public.tasks (id) ON DELETE CASCADE,
    file_name text NOT NULL,
    storage_path text NOT NULL UNIQUE,
    size_bytes bigint NOT NULL,
    content_type text NOT NULL DEFAULT 'application/octet-stream',
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT task_attachments_size_bytes_check CHECK (size_bytes >= 0)
);

CREATE INDEX task_attachments_task_id_idx ON public.task_attachments (task_id);

-- Task audit log -----------------------------------------------------------------------------

CREATE TABLE public.task_audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_id uuid NOT NULL,
    action text NOT NULL,
    old_data jsonb,
    new_data jsonb,
    changed_by text,
    changed_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT task_audit_log_action_check
        CHECK (action IN ('INSERT', 'UPDATE', 'DELETE'))
);

COMMENT ON TABLE public.task_audit_log IS
    'Append-only change history of tasks, written by the log_task_change() trigger function.';

CREATE INDEX task_audit_log_task_id_changed_at_idx
    ON public.task_audit_log (task_id, changed_at DESC);

CREATE FUNCTION public.log_task_change()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    actor text := nullif(pg_catalog.current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub';
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO public.task_audit_log (task_id, action, new_data, changed_by)
        VALUES (NEW.id, TG_OP, pg_catalog.to_jsonb(NEW), actor);
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO public.task_audit_log (task_id, action, old_data, new_data, changed_by)
        VALUES (NEW.id, TG_OP, pg_catalog.to_jsonb(OLD), pg_catalog.to_jsonb(NEW), actor);
        RETURN NEW;
    ELSE
        INSERT INTO public.task_audit_log (task_id, action, old_data, changed_by)
        VALUES (OLD.id, TG_OP, pg_catalog.to_jsonb(OLD), actor);
        RETURN OLD;
    END IF;
END;
$$;

CREATE TRIGGER tasks_audit_insert
    AFTER INSERT ON public.tasks
    FOR EACH ROW
    EXECUTE FUNCTION public.log_task_change();

CREATE TRIGGER tasks_audit_update
    AFTER UPDATE ON public.tasks
    FOR EACH ROW
    EXECUTE FUNCTION public.log_task_change();

CREATE TRIGGER tasks_audit_delete
    AFTER DELETE ON public.tasks
    FOR EACH ROW
    EXECUTE FUNCTION public.log_task_change();

-- Prototyped on staging, not yet in a migration ----------------------------------------------

CREATE TABLE public.user_preferences (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
    theme text NOT NULL DEFAULT 'light',
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_preferences_user_id_key UNIQUE (user_id)
);

ALTER TABLE public.user_preferences ENABLE ROW LEVEL SECURITY;
