-- A new table may be built any way: nobody uses it yet.
CREATE TABLE public.user_preferences (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  theme text NOT NULL DEFAULT 'light',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX user_preferences_user_id_idx ON public.user_preferences (user_id);
ALTER TABLE public.user_preferences ADD CONSTRAINT user_preferences_theme_check CHECK (theme IN ('light', 'dark')) ;
ALTER TABLE public.user_preferences ENABLE ROW LEVEL SECURITY;
