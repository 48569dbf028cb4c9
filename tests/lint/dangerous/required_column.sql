SET lock_timeout = '3s';
ALTER TABLE public.orders ADD COLUMN region text NOT NULL;
