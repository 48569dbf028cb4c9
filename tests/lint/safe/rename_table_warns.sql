-- Warns, does not block: a rename breaks clients that use the old name, but it neither
-- blocks the table nor loses data (renaming-table).
SET lock_timeout = '3s';
ALTER TABLE public.customers RENAME TO clients;
