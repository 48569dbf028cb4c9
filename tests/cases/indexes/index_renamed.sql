-- an index with the same definition but a new name: renamed (ALTER INDEX RENAME), not rebuilt
-- @before
CREATE TABLE public.tasks (id int PRIMARY KEY, due date);
CREATE INDEX idx_due ON public.tasks (due);
-- @after
CREATE TABLE public.tasks (id int PRIMARY KEY, due date);
CREATE INDEX tasks_due_idx ON public.tasks (due);
