-- only the trigger function body changes: CREATE OR REPLACE FUNCTION, and the trigger must be left alone
-- @before
CREATE FUNCTION public.clean_name() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := trim(NEW.name); RETURN NEW; END $$;
CREATE TABLE public.tags (id int PRIMARY KEY, name text NOT NULL);
CREATE TRIGGER tags_clean_name BEFORE INSERT OR UPDATE ON public.tags FOR EACH ROW EXECUTE FUNCTION public.clean_name();
-- @after
CREATE FUNCTION public.clean_name() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := lower(trim(NEW.name)); RETURN NEW; END $$;
CREATE TABLE public.tags (id int PRIMARY KEY, name text NOT NULL);
CREATE TRIGGER tags_clean_name BEFORE INSERT OR UPDATE ON public.tags FOR EACH ROW EXECUTE FUNCTION public.clean_name();
