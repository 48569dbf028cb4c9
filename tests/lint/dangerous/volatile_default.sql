SET lock_timeout = '3s';
ALTER TABLE public.events ADD COLUMN event_uuid uuid DEFAULT gen_random_uuid();
