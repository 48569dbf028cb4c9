-- a UNIQUE constraint replaced by a plain unique index with the same name: different object kinds, the constraint must be dropped first
-- @before
CREATE TABLE public.handles (id int PRIMARY KEY, handle text NOT NULL, CONSTRAINT handles_handle_key UNIQUE (handle));
-- @after
CREATE TABLE public.handles (id int PRIMARY KEY, handle text NOT NULL);
CREATE UNIQUE INDEX handles_handle_key ON public.handles (lower(handle));
