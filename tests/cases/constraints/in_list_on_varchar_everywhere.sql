-- an IN list on a varchar or char column is stored as an array cast as a whole; every place that holds one (check, domain check, generated column, default, index key and predicate, view, materialized view, policy, trigger WHEN, SQL-standard body) is created so PostgreSQL stores the target's very expression
-- @before
CREATE TABLE public.t (id int, role varchar(20), kind character(3), code varchar);
-- @after
CREATE DOMAIN public.lvl AS varchar(10) CHECK (VALUE IN ('low','high'));
CREATE TABLE public.t (id int, role varchar(20) CHECK (role IN ('owner','member')), kind character(3) CHECK (kind IN ('abc','def')), code varchar, l public.lvl,
  flag boolean GENERATED ALWAYS AS (code IN ('x','y')) STORED, d text DEFAULT (CASE WHEN 'a'::varchar IN ('a','b') THEN 'y' END));
CREATE INDEX t_role ON public.t (role) WHERE role IN ('owner','member');
CREATE INDEX t_expr ON public.t ((code IN ('p','q')));
CREATE VIEW public.v AS SELECT id FROM public.t WHERE code IN ('a','b') AND kind NOT IN ('abc');
ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON public.t USING (role IN ('owner','member'));
CREATE FUNCTION public.tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER tr BEFORE UPDATE ON public.t FOR EACH ROW WHEN (NEW.code IN ('a','b')) EXECUTE FUNCTION public.tf();
CREATE FUNCTION public.is_owner(r varchar) RETURNS boolean LANGUAGE sql BEGIN ATOMIC SELECT r IN ('owner','admin'); END;
CREATE MATERIALIZED VIEW public.mv AS SELECT id FROM public.t WHERE role IN ('owner');
