-- a comment is added on a table: COMMENT ON TABLE, nothing else touched
-- @before
CREATE TABLE public.invoices (id int PRIMARY KEY);
-- @after
CREATE TABLE public.invoices (id int PRIMARY KEY);
COMMENT ON TABLE public.invoices IS 'Issued invoices; immutable once sent.';
