SET lock_timeout = '3s';
ALTER TABLE public.users ALTER COLUMN email SET NOT NULL;
