-- a view rebuilt around its table's column type change gets its column default and column comment back, after it is created
-- @before
CREATE TABLE public.t (a int, b int);
CREATE VIEW public.v AS SELECT a, b FROM public.t;
ALTER VIEW public.v ALTER COLUMN b SET DEFAULT 5;
COMMENT ON COLUMN public.v.a IS 'the a';
-- @after
CREATE TABLE public.t (a bigint, b int);
CREATE VIEW public.v AS SELECT a, b FROM public.t;
ALTER VIEW public.v ALTER COLUMN b SET DEFAULT 5;
COMMENT ON COLUMN public.v.a IS 'the a';
