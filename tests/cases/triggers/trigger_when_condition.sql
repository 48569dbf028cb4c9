-- a WHEN (OLD.* IS DISTINCT FROM NEW.*) condition is added to a trigger: part of the trigger definition, so drop and recreate
-- @before
CREATE FUNCTION public.bump_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.version := OLD.version + 1; RETURN NEW; END $$;
CREATE TABLE public.records (id int PRIMARY KEY, data jsonb, version int NOT NULL DEFAULT 1);
CREATE TRIGGER records_bump_version BEFORE UPDATE ON public.records FOR EACH ROW EXECUTE FUNCTION public.bump_version();
-- @after
CREATE FUNCTION public.bump_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.version := OLD.version + 1; RETURN NEW; END $$;
CREATE TABLE public.records (id int PRIMARY KEY, data jsonb, version int NOT NULL DEFAULT 1);
CREATE TRIGGER records_bump_version BEFORE UPDATE ON public.records FOR EACH ROW
    WHEN (OLD.data IS DISTINCT FROM NEW.data) EXECUTE FUNCTION public.bump_version();
