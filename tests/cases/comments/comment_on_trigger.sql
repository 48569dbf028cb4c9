-- a comment on a trigger (COMMENT ON TRIGGER name ON table)
-- @before
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE public.t (id int);
CREATE TRIGGER t_noop BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.noop();
-- @after
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE public.t (id int);
CREATE TRIGGER t_noop BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.noop();
COMMENT ON TRIGGER t_noop ON public.t IS 'placeholder for validation';
