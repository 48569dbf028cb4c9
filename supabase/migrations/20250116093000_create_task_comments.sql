-- Discussion threads on tasks; comments disappear together with their task.

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
