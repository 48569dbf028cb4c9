UPDATE public.accounts SET plan = 'free';
