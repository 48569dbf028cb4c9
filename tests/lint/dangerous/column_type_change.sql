SET lock_timeout = '3s';
ALTER TABLE public.invoices ALTER COLUMN amount TYPE numeric(12,2);
