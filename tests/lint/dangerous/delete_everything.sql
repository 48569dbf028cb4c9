DELETE FROM public.sessions;
