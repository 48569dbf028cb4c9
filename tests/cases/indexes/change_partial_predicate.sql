-- only the WHERE predicate of a partial index changes: the stored predicate text must be compared, then drop and rebuild
-- expect-hazards: index-dropped, index-build
-- @before
CREATE TABLE public.jobs (id int PRIMARY KEY, state text NOT NULL, run_at timestamptz);
CREATE INDEX jobs_due_idx ON public.jobs (run_at) WHERE state = 'queued';
-- @after
CREATE TABLE public.jobs (id int PRIMARY KEY, state text NOT NULL, run_at timestamptz);
CREATE INDEX jobs_due_idx ON public.jobs (run_at) WHERE state IN ('queued', 'retry');
