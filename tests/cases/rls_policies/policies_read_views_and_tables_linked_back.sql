-- policies whose expressions read other tables and a view over their own table, on tables that foreign keys link the other way (as Supabase applications write them): created after every table and view they read, and when the tables go, each such policy is dropped before what it reads (no false cycle either way)
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.audit (id int PRIMARY KEY);
-- @after
CREATE TABLE public.audit (id int PRIMARY KEY);
CREATE TABLE public.workspaces (id int PRIMARY KEY, owner uuid);
CREATE TABLE public.workspace_roles (id int PRIMARY KEY, workspace_id int REFERENCES public.workspaces (id), name text);
CREATE TABLE public.workspace_email_invites (id int PRIMARY KEY, role_id int REFERENCES public.workspace_roles (id), workspace_id int REFERENCES public.workspaces (id));
ALTER TABLE public.workspaces ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.workspace_roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.workspace_email_invites ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_see_workspaces ON public.workspaces
    USING (EXISTS (SELECT 1 FROM public.workspace_roles r WHERE r.workspace_id = workspaces.id));
CREATE POLICY invited_see_roles ON public.workspace_roles
    USING (EXISTS (SELECT 1 FROM public.workspace_email_invites i WHERE i.role_id = workspace_roles.id));
CREATE VIEW public.open_invites AS SELECT id, workspace_id FROM public.workspace_email_invites;
CREATE POLICY invites_visible ON public.workspace_email_invites
    USING (EXISTS (SELECT 1 FROM public.open_invites o WHERE o.id = workspace_email_invites.id));
