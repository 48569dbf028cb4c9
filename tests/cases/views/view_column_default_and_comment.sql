-- a view's column gets a default (what INSERT through the view fills in) and another column a comment
-- @before
CREATE TABLE public.t (a int, b int);
CREATE VIEW public.v AS SELECT a, b FROM public.t;
-- @after
CREATE TABLE public.t (a int, b int);
CREATE VIEW public.v AS SELECT a, b FROM public.t;
ALTER VIEW public.v ALTER COLUMN b SET DEFAULT 5;
COMMENT ON COLUMN public.v.a IS 'view col';
