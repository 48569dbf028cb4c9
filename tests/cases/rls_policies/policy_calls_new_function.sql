-- a policy's USING expression calls a new SECURITY DEFINER helper function: function before policy, and RLS enabled in the same change
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.memberships (user_name text NOT NULL, org_id int NOT NULL, PRIMARY KEY (user_name, org_id));
CREATE TABLE public.invoices (id int PRIMARY KEY, org_id int NOT NULL, amount numeric);
-- @after
CREATE TABLE public.memberships (user_name text NOT NULL, org_id int NOT NULL, PRIMARY KEY (user_name, org_id));
CREATE TABLE public.invoices (id int PRIMARY KEY, org_id int NOT NULL, amount numeric);
CREATE FUNCTION public.is_member_of(p_org int) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
    AS $$ SELECT EXISTS (SELECT 1 FROM public.memberships WHERE user_name = current_user AND org_id = p_org) $$;
ALTER TABLE public.invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_member ON public.invoices USING (public.is_member_of(org_id));
