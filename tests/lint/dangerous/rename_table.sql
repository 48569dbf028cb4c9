SET lock_timeout = '3s';
ALTER TABLE public.customers RENAME TO clients;
