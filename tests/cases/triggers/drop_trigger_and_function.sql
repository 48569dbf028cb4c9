-- a trigger and its function are both dropped: the trigger must go before the function
-- @before
CREATE FUNCTION public.forbid_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'deletes are not allowed'; END $$;
CREATE TABLE public.ledger (id int PRIMARY KEY, amount numeric);
CREATE TRIGGER ledger_no_delete BEFORE DELETE ON public.ledger FOR EACH ROW EXECUTE FUNCTION public.forbid_delete();
-- @after
CREATE TABLE public.ledger (id int PRIMARY KEY, amount numeric);
