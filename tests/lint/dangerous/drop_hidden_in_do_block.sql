DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_tables WHERE tablename = 'legacy_events') THEN
    DROP TABLE public.legacy_events;
  END IF;
END
$$;
