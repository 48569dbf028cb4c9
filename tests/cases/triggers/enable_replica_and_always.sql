-- two triggers change firing mode to ENABLE REPLICA and ENABLE ALWAYS (logical replication session_replication_role)
-- @before
CREATE FUNCTION public.noop_trigger() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE public.replicated (id int PRIMARY KEY, v text);
CREATE TRIGGER replicated_a BEFORE INSERT ON public.replicated FOR EACH ROW EXECUTE FUNCTION public.noop_trigger();
CREATE TRIGGER replicated_b BEFORE UPDATE ON public.replicated FOR EACH ROW EXECUTE FUNCTION public.noop_trigger();
-- @after
CREATE FUNCTION public.noop_trigger() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE public.replicated (id int PRIMARY KEY, v text);
CREATE TRIGGER replicated_a BEFORE INSERT ON public.replicated FOR EACH ROW EXECUTE FUNCTION public.noop_trigger();
CREATE TRIGGER replicated_b BEFORE UPDATE ON public.replicated FOR EACH ROW EXECUTE FUNCTION public.noop_trigger();
ALTER TABLE public.replicated ENABLE REPLICA TRIGGER replicated_a;
ALTER TABLE public.replicated ENABLE ALWAYS TRIGGER replicated_b;
