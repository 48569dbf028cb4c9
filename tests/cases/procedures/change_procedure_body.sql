-- a procedure's body changes: CREATE OR REPLACE PROCEDURE, never CREATE OR REPLACE FUNCTION
-- @before
CREATE TABLE public.stats (k text PRIMARY KEY, v bigint NOT NULL DEFAULT 0);
CREATE PROCEDURE public.bump(key text) LANGUAGE sql AS $$ UPDATE public.stats SET v = v + 1 WHERE k = key $$;
-- @after
CREATE TABLE public.stats (k text PRIMARY KEY, v bigint NOT NULL DEFAULT 0);
CREATE PROCEDURE public.bump(key text) LANGUAGE sql AS $$
    INSERT INTO public.stats (k, v) VALUES (key, 1) ON CONFLICT (k) DO UPDATE SET v = public.stats.v + 1
$$;
