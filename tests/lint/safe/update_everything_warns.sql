-- Warns, does not block: a backfill changes data but loses none, and with no table sizes known
-- it is not known to be large (ban-update-without-where).
UPDATE public.accounts SET plan = 'free';
