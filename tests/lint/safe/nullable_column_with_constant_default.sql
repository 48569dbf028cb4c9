SET lock_timeout = '3s';
ALTER TABLE public.accounts ADD COLUMN plan text DEFAULT 'free';
ALTER TABLE public.accounts ADD COLUMN updated_at timestamptz DEFAULT now();
