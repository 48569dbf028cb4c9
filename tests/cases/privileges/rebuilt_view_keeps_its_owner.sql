-- a view owned by another role is rebuilt because the column under it changes type: its owner is set again after it is recreated
-- diff-options: owners
-- @before
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.readings (id integer PRIMARY KEY, value integer);
CREATE VIEW public.big_readings AS SELECT id, value FROM public.readings WHERE value > 100;
ALTER VIEW public.big_readings OWNER TO pgshift_owner;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.readings (id integer PRIMARY KEY, value bigint);
CREATE VIEW public.big_readings AS SELECT id, value FROM public.readings WHERE value > 100;
ALTER VIEW public.big_readings OWNER TO pgshift_owner;
