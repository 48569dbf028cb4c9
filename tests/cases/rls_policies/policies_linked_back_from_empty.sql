-- a workspace schema built from nothing, as Supabase applications write it: tables linked by foreign keys both ways, policies whose EXISTS subqueries read the other tables, policies that call SECURITY DEFINER functions (SQL and PL/pgSQL) reading tables, and a policy reading a view; everything a policy reads comes first, like pg_dump orders it, and it all goes again the other way
-- expect-hazards: authz-change
-- @before
-- @after
CREATE TABLE public.workspaces (id int PRIMARY KEY, owner uuid, default_role_id int);
CREATE TABLE public.workspace_roles (id int PRIMARY KEY, workspace_id int NOT NULL REFERENCES public.workspaces (id) ON DELETE CASCADE, name text);
ALTER TABLE public.workspaces ADD CONSTRAINT workspaces_default_role_fkey FOREIGN KEY (default_role_id) REFERENCES public.workspace_roles (id);
CREATE TABLE public.workspace_email_invites (id int PRIMARY KEY, role_id int REFERENCES public.workspace_roles (id), workspace_id int REFERENCES public.workspaces (id), email text);
CREATE TABLE public.workspace_members (workspace_id int REFERENCES public.workspaces (id), user_id uuid, role_id int REFERENCES public.workspace_roles (id), PRIMARY KEY (workspace_id, user_id));
CREATE FUNCTION public.is_member(ws int) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    SELECT EXISTS (SELECT 1 FROM public.workspace_members m WHERE m.workspace_id = ws AND m.user_id = nullif(current_setting('app.user', true), '')::uuid)
$$;
CREATE FUNCTION public.has_role(ws int, role_name text) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM public.workspace_members m JOIN public.workspace_roles r ON r.id = m.role_id
                   WHERE m.workspace_id = ws AND r.name = role_name);
END
$$;
CREATE VIEW public.my_workspaces WITH (security_invoker = true) AS
    SELECT w.id FROM public.workspaces w JOIN public.workspace_members m ON m.workspace_id = w.id;
ALTER TABLE public.workspaces ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.workspace_roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.workspace_email_invites ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.workspace_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_see_workspaces ON public.workspaces
    USING (public.is_member(id) OR EXISTS (SELECT 1 FROM public.workspace_roles r WHERE r.workspace_id = workspaces.id));
CREATE POLICY invited_see_roles ON public.workspace_roles
    USING (EXISTS (SELECT 1 FROM public.workspace_email_invites i WHERE i.role_id = workspace_roles.id));
CREATE POLICY admins_manage_invites ON public.workspace_email_invites
    USING (public.has_role(workspace_id, 'admin'))
    WITH CHECK (workspace_id IN (SELECT id FROM public.my_workspaces));
CREATE POLICY members_see_members ON public.workspace_members FOR SELECT
    USING (workspace_id IN (SELECT id FROM public.my_workspaces));
