-- grants and a policy to roles whose names need quoting (Mixed Case, space, hyphen): role names are identifiers in GRANT and TO lists
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE "pgshift_Report Reader"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "pgshift_app-user"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.reports (id int PRIMARY KEY, owner text);
-- @after
DO $$ BEGIN CREATE ROLE "pgshift_Report Reader"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "pgshift_app-user"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.reports (id int PRIMARY KEY, owner text);
GRANT SELECT ON public.reports TO "pgshift_Report Reader";
GRANT SELECT, UPDATE (owner) ON public.reports TO "pgshift_app-user";
ALTER TABLE public.reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Readers see all" ON public.reports FOR SELECT TO "pgshift_Report Reader", "pgshift_app-user" USING (true);
