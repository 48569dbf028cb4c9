-- a trigger, a view, a function used by both, a table and a type are all dropped: order must be trigger/view, then table, then function/type
-- expect-hazards: deletes-data
-- @before
CREATE TYPE public.level AS ENUM ('low', 'high');
CREATE FUNCTION public.level_rank(l public.level) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT CASE l WHEN 'low' THEN 1 ELSE 2 END $$;
CREATE FUNCTION public.level_trigger() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE public.alerts (id int PRIMARY KEY, lvl public.level NOT NULL, CONSTRAINT alerts_rank_check CHECK (public.level_rank(lvl) > 0));
CREATE VIEW public.high_alerts AS SELECT id FROM public.alerts WHERE public.level_rank(lvl) = 2;
CREATE TRIGGER alerts_trg BEFORE INSERT ON public.alerts FOR EACH ROW EXECUTE FUNCTION public.level_trigger();
CREATE TABLE public.survivor (id int PRIMARY KEY);
-- @after
CREATE TABLE public.survivor (id int PRIMARY KEY);
