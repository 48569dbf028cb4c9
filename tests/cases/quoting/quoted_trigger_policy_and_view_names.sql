-- trigger, policy and view names that need quoting, plus a view column alias with spaces
-- @before
CREATE TABLE public."Audit Log" (id int PRIMARY KEY, "Who" text, "When" timestamptz);
-- @after
CREATE TABLE public."Audit Log" (id int PRIMARY KEY, "Who" text, "When" timestamptz);
CREATE FUNCTION public."Stamp When"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW."When" := now(); RETURN NEW; END $$;
CREATE TRIGGER "Stamp Before Insert" BEFORE INSERT ON public."Audit Log" FOR EACH ROW EXECUTE FUNCTION public."Stamp When"();
ALTER TABLE public."Audit Log" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Only Mine" ON public."Audit Log" USING ("Who" = current_user);
CREATE VIEW public."Recent Entries" AS SELECT id, "Who" AS "Done By" FROM public."Audit Log" WHERE "When" > now() - interval '1 day';
