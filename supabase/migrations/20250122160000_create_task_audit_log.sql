-- Append-only history of every change to a task, written by a trigger.
-- task_id deliberately has no foreign key: the history of a deleted task is kept.

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

CREATE INDEX task_audit_log_task_id_changed_at_idx
    ON public.task_audit_log (task_id, changed_at DESC);

-- Runs as its owner so that callers need no privileges on the log table.
-- The empty search_path makes every reference explicit.
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
