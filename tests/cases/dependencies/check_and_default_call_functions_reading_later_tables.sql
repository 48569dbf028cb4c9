-- from nothing: a column default and a CHECK constraint call SQL functions whose bodies read tables (one with a foreign key back to the table using them), and a trigger function reads a view: PostgreSQL checks SQL bodies at creation, so the tables come first, the functions next, then the defaults and checks that call them
-- @before
-- @after
CREATE TABLE public.sequences_by_org (org_id int PRIMARY KEY, next_number int NOT NULL DEFAULT 1);
CREATE TABLE public.orgs (id int PRIMARY KEY, name text NOT NULL, invoice_prefix text);
ALTER TABLE public.sequences_by_org ADD CONSTRAINT sequences_by_org_org_fkey FOREIGN KEY (org_id) REFERENCES public.orgs (id);
CREATE FUNCTION public.next_invoice_number(org int) RETURNS int LANGUAGE sql VOLATILE AS $$
    SELECT coalesce(max(next_number), 1) FROM public.sequences_by_org WHERE org_id = org
$$;
CREATE FUNCTION public.org_exists(org int) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM public.orgs WHERE id = org)
$$;
CREATE TABLE public.invoices (
    id int PRIMARY KEY,
    org_id int NOT NULL,
    number int NOT NULL DEFAULT public.next_invoice_number(1),
    CONSTRAINT invoices_org_known CHECK (public.org_exists(org_id))
);
ALTER TABLE public.orgs ADD COLUMN last_invoice_id int REFERENCES public.invoices (id);
CREATE VIEW public.invoice_totals AS SELECT org_id, count(*) AS n FROM public.invoices GROUP BY org_id;
CREATE FUNCTION public.invoice_count(org int) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT n FROM public.invoice_totals WHERE org_id = org
$$;
ALTER TABLE public.orgs ADD CONSTRAINT orgs_small CHECK (public.invoice_count(id) IS NULL OR public.invoice_count(id) < 1000000);
