-- a role loses a privilege on a whole table or view but keeps it on some columns: revoking the table-level privilege also revokes the column-level ones, so they are granted again after it
-- @before
DO $$ BEGIN CREATE ROLE pgshift_clerk; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.invoices (id int PRIMARY KEY, amount numeric, memo text, paid bool);
GRANT SELECT, UPDATE ON public.invoices TO pgshift_clerk;
GRANT UPDATE (memo, paid) ON public.invoices TO pgshift_clerk;
CREATE VIEW public.open_invoices AS SELECT id, amount, memo FROM public.invoices WHERE NOT paid;
GRANT SELECT ON public.open_invoices TO pgshift_clerk;
GRANT SELECT (id, memo) ON public.open_invoices TO pgshift_clerk;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_clerk; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.invoices (id int PRIMARY KEY, amount numeric, memo text, paid bool);
GRANT SELECT ON public.invoices TO pgshift_clerk;
GRANT UPDATE (memo, paid) ON public.invoices TO pgshift_clerk;
CREATE VIEW public.open_invoices AS SELECT id, amount, memo FROM public.invoices WHERE NOT paid;
GRANT SELECT (id, memo) ON public.open_invoices TO pgshift_clerk;
