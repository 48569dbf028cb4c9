-- a parent changes a column's type, which drops and sets its default again (recursing into its child), and replaces another column that has no cast; the child keeps its own default and comment
-- @before
CREATE TABLE public.ledger (id int, amount int DEFAULT 0, ext_ref bigint);
CREATE TABLE public.ledger_archive (archived_on date) INHERITS (public.ledger);
ALTER TABLE public.ledger_archive ALTER COLUMN amount SET DEFAULT 1;
ALTER TABLE public.ledger_archive ALTER COLUMN ext_ref SET DEFAULT 42;
COMMENT ON COLUMN public.ledger_archive.ext_ref IS 'reference kept in the archive';
-- @after
CREATE TABLE public.ledger (id int, amount numeric(12,2) DEFAULT 0, ext_ref uuid);
CREATE TABLE public.ledger_archive (archived_on date) INHERITS (public.ledger);
ALTER TABLE public.ledger_archive ALTER COLUMN amount SET DEFAULT 1;
COMMENT ON COLUMN public.ledger_archive.ext_ref IS 'reference kept in the archive';
