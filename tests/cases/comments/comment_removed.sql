-- a table comment is removed: COMMENT ON ... IS NULL
-- @before
CREATE TABLE public.scratch (id int);
COMMENT ON TABLE public.scratch IS 'temporary, remove me';
-- @after
CREATE TABLE public.scratch (id int);
