-- an AFTER statement-level trigger with REFERENCING NEW TABLE / OLD TABLE transition tables
-- @before
CREATE TABLE public.stock (sku text PRIMARY KEY, qty int NOT NULL);
CREATE TABLE public.stock_changes (at timestamptz NOT NULL DEFAULT now(), sku text, delta int);
-- @after
CREATE TABLE public.stock (sku text PRIMARY KEY, qty int NOT NULL);
CREATE TABLE public.stock_changes (at timestamptz NOT NULL DEFAULT now(), sku text, delta int);
CREATE FUNCTION public.record_stock_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.stock_changes (sku, delta)
    SELECT n.sku, n.qty - o.qty FROM new_rows n JOIN old_rows o USING (sku) WHERE n.qty <> o.qty;
    RETURN NULL;
END
$$;
CREATE TRIGGER stock_audit AFTER UPDATE ON public.stock REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.record_stock_changes();
