-- an updatable view gains WITH CASCADED CHECK OPTION: a view option, settable by CREATE OR REPLACE or ALTER VIEW SET
-- @before
CREATE TABLE public.tasks (id int PRIMARY KEY, owner text NOT NULL, done boolean NOT NULL DEFAULT false);
CREATE VIEW public.open_tasks AS SELECT id, owner, done FROM public.tasks WHERE NOT done;
-- @after
CREATE TABLE public.tasks (id int PRIMARY KEY, owner text NOT NULL, done boolean NOT NULL DEFAULT false);
CREATE VIEW public.open_tasks AS SELECT id, owner, done FROM public.tasks WHERE NOT done WITH CASCADED CHECK OPTION;
