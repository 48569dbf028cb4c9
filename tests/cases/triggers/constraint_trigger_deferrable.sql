-- a CONSTRAINT TRIGGER, DEFERRABLE INITIALLY DEFERRED, checks an invariant at commit: rendered with CREATE CONSTRAINT TRIGGER, not CREATE TRIGGER
-- @before
CREATE TABLE public.journal_lines (id int PRIMARY KEY, entry_id int NOT NULL, amount numeric NOT NULL);
-- @after
CREATE FUNCTION public.check_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT sum(amount) FROM public.journal_lines WHERE entry_id = NEW.entry_id) <> 0 THEN
        RAISE EXCEPTION 'journal entry % does not balance', NEW.entry_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TABLE public.journal_lines (id int PRIMARY KEY, entry_id int NOT NULL, amount numeric NOT NULL);
CREATE CONSTRAINT TRIGGER journal_lines_balanced AFTER INSERT OR UPDATE ON public.journal_lines
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_entry_balanced();
