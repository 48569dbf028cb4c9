-- a trigger exists on both sides but is DISABLED in the target: ALTER TABLE DISABLE TRIGGER, not drop
-- @before
CREATE FUNCTION public.noop_trigger() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE public.imports (id int PRIMARY KEY, raw text);
CREATE TRIGGER imports_validate BEFORE INSERT ON public.imports FOR EACH ROW EXECUTE FUNCTION public.noop_trigger();
-- @after
CREATE FUNCTION public.noop_trigger() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE public.imports (id int PRIMARY KEY, raw text);
CREATE TRIGGER imports_validate BEFORE INSERT ON public.imports FOR EACH ROW EXECUTE FUNCTION public.noop_trigger();
ALTER TABLE public.imports DISABLE TRIGGER imports_validate;
