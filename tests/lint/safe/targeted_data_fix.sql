UPDATE public.accounts SET plan = 'free' WHERE plan IS NULL;
DELETE FROM public.sessions WHERE expires_at < now() - interval '30 days';
