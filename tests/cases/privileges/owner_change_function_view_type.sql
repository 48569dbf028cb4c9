-- owners of a function, a view, an enum, a domain and a sequence change: ALTER ... OWNER TO each, nothing recreated
-- diff-options: owners
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TYPE public.mood AS ENUM ('ok', 'sad');
CREATE DOMAIN public.positive AS integer CHECK (VALUE > 0);
CREATE SEQUENCE public.counter;
CREATE TABLE public.entries (id integer PRIMARY KEY, mood public.mood, score public.positive);
CREATE FUNCTION public.entry_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM public.entries $$;
CREATE VIEW public.happy_entries AS SELECT id FROM public.entries WHERE mood = 'ok';
-- @after
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TYPE public.mood AS ENUM ('ok', 'sad');
CREATE DOMAIN public.positive AS integer CHECK (VALUE > 0);
CREATE SEQUENCE public.counter;
CREATE TABLE public.entries (id integer PRIMARY KEY, mood public.mood, score public.positive);
CREATE FUNCTION public.entry_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM public.entries $$;
CREATE VIEW public.happy_entries AS SELECT id FROM public.entries WHERE mood = 'ok';
ALTER TYPE public.mood OWNER TO pgshift_owner;
ALTER DOMAIN public.positive OWNER TO pgshift_owner;
ALTER SEQUENCE public.counter OWNER TO pgshift_owner;
ALTER FUNCTION public.entry_count() OWNER TO pgshift_owner;
ALTER VIEW public.happy_entries OWNER TO pgshift_owner;
