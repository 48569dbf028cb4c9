-- a function a generated column calls gains an argument with a default: the column still calls the old function, so it is dropped and added again over the new one (its values are computed again), both ways
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE FUNCTION public.net(gross numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(gross / 1.2, 2) $$;
CREATE TABLE public.lines (id int PRIMARY KEY, gross numeric NOT NULL, net numeric GENERATED ALWAYS AS (public.net(gross)) STORED);
INSERT INTO public.lines (id, gross) VALUES (1, 12);
-- @after
CREATE FUNCTION public.net(gross numeric, rate numeric DEFAULT 1.2) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(gross / rate, 2) $$;
CREATE TABLE public.lines (id int PRIMARY KEY, gross numeric NOT NULL, net numeric GENERATED ALWAYS AS (public.net(gross)) STORED);
