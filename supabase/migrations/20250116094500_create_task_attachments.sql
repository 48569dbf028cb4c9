-- Metadata for files attached to tasks; the files themselves live in object storage.

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
