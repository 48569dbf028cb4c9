-- a policy's TO role list changes from PUBLIC to two roles: ALTER POLICY ... TO can do it in place
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_app_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.reports (id int PRIMARY KEY, confidential boolean NOT NULL DEFAULT false);
ALTER TABLE public.reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY reports_public ON public.reports FOR SELECT USING (NOT confidential);
-- @after
DO $$ BEGIN CREATE ROLE pgshift_app_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.reports (id int PRIMARY KEY, confidential boolean NOT NULL DEFAULT false);
ALTER TABLE public.reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY reports_public ON public.reports FOR SELECT TO pgshift_app_user, pgshift_admin USING (NOT confidential);
