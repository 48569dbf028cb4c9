-- removing a label from an enum referenced by a CHECK constraint and a partial index: both must be dropped and rebuilt around the type swap
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TYPE public.job_state AS ENUM ('queued', 'running', 'retrying', 'done', 'failed');
CREATE TABLE public.jobs (
    id bigint PRIMARY KEY,
    state public.job_state NOT NULL,
    finished_at timestamptz,
    CONSTRAINT jobs_finished_chk CHECK (state NOT IN ('done', 'failed') OR finished_at IS NOT NULL)
);
CREATE INDEX jobs_pending_idx ON public.jobs (id) WHERE state = 'queued';
-- @after
CREATE TYPE public.job_state AS ENUM ('queued', 'running', 'done', 'failed');
CREATE TABLE public.jobs (
    id bigint PRIMARY KEY,
    state public.job_state NOT NULL,
    finished_at timestamptz,
    CONSTRAINT jobs_finished_chk CHECK (state NOT IN ('done', 'failed') OR finished_at IS NOT NULL)
);
CREATE INDEX jobs_pending_idx ON public.jobs (id) WHERE state = 'queued';
