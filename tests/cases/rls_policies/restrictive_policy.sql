-- a RESTRICTIVE policy is added next to a permissive one (AND-ed with it): permissive/restrictive is part of the policy
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.files (id int PRIMARY KEY, owner text NOT NULL, deleted boolean NOT NULL DEFAULT false);
ALTER TABLE public.files ENABLE ROW LEVEL SECURITY;
CREATE POLICY files_owner ON public.files USING (owner = current_user);
-- @after
CREATE TABLE public.files (id int PRIMARY KEY, owner text NOT NULL, deleted boolean NOT NULL DEFAULT false);
ALTER TABLE public.files ENABLE ROW LEVEL SECURITY;
CREATE POLICY files_owner ON public.files USING (owner = current_user);
CREATE POLICY files_not_deleted ON public.files AS RESTRICTIVE FOR SELECT USING (NOT deleted);
