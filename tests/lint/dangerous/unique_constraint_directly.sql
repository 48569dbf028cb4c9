SET lock_timeout = '3s';
ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email);
