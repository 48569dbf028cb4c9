-- a permissive policy for one role and one command (SELECT) is created on a table that already has RLS enabled
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_app_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.projects (id int PRIMARY KEY, org_id int NOT NULL, name text);
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_app_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.projects (id int PRIMARY KEY, org_id int NOT NULL, name text);
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_read ON public.projects AS PERMISSIVE FOR SELECT TO pgshift_app_user
    USING (org_id = current_setting('app.org_id')::int);
