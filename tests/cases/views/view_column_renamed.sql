-- a view output column is renamed via its alias: CREATE OR REPLACE cannot rename columns, so drop+create (or ALTER VIEW RENAME COLUMN)
-- expect-hazards: breaks-clients
-- @before
CREATE TABLE public.t (id int PRIMARY KEY, n int);
CREATE VIEW public.v AS SELECT id, n AS amount FROM public.t;
-- @after
CREATE TABLE public.t (id int PRIMARY KEY, n int);
CREATE VIEW public.v AS SELECT id, n AS quantity FROM public.t;
