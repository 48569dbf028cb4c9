-- a trigger now also fires on INSERT, not only UPDATE: triggers cannot be altered, so drop and recreate (ideally in one transaction)
-- @before
CREATE FUNCTION public.uppercase_code() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.code := upper(NEW.code); RETURN NEW; END $$;
CREATE TABLE public.vouchers (id int PRIMARY KEY, code text NOT NULL);
CREATE TRIGGER vouchers_upper BEFORE UPDATE ON public.vouchers FOR EACH ROW EXECUTE FUNCTION public.uppercase_code();
-- @after
CREATE FUNCTION public.uppercase_code() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.code := upper(NEW.code); RETURN NEW; END $$;
CREATE TABLE public.vouchers (id int PRIMARY KEY, code text NOT NULL);
CREATE TRIGGER vouchers_upper BEFORE INSERT OR UPDATE ON public.vouchers FOR EACH ROW EXECUTE FUNCTION public.uppercase_code();
