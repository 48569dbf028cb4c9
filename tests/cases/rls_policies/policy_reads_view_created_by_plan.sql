-- policies added to existing tables read a view and a table the plan creates (the view over the policy's own table, the table with a foreign key back to it): the view and table come first; removing them drops the policies first
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.projects (id int PRIMARY KEY, name text);
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
-- @after
CREATE TABLE public.projects (id int PRIMARY KEY, name text, lead_id int);
CREATE TABLE public.project_access (project_id int REFERENCES public.projects (id), user_name text, level int);
ALTER TABLE public.projects ADD CONSTRAINT projects_lead_fkey FOREIGN KEY (lead_id) REFERENCES public.projects (id);
CREATE VIEW public.visible_projects AS SELECT project_id FROM public.project_access WHERE user_name = current_user;
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_read ON public.projects FOR SELECT USING (id IN (SELECT project_id FROM public.visible_projects));
CREATE POLICY projects_write ON public.projects FOR UPDATE
    USING (EXISTS (SELECT 1 FROM public.project_access a WHERE a.project_id = projects.id AND a.level > 1));
