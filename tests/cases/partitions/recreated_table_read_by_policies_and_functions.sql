-- a table becomes partitioned (and back) while policies on a table that references it read it through EXISTS and a function returning its rows, a column default of its own calls a BEGIN ATOMIC function that reads it, and a policy of its own reads the referencing table: what reads it is dropped first and made again once it holds its rows
-- expect-hazards: acquires-access-exclusive-lock, authz-change, correctness, table-rewrite
-- @before
CREATE TABLE public.tenants (id int NOT NULL, plan text NOT NULL DEFAULT 'free', seq int, PRIMARY KEY (id, plan));
CREATE TABLE public.tenant_users (id int PRIMARY KEY, tenant_id int, tenant_plan text, name text,
    FOREIGN KEY (tenant_id, tenant_plan) REFERENCES public.tenants (id, plan));
CREATE FUNCTION public.tenant_count() RETURNS int LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*)::int FROM public.tenants;
END;
ALTER TABLE public.tenants ALTER COLUMN seq SET DEFAULT public.tenant_count();
CREATE FUNCTION public.paid_tenants() RETURNS SETOF public.tenants LANGUAGE sql STABLE AS $$ SELECT * FROM public.tenants WHERE plan <> 'free' $$;
ALTER TABLE public.tenant_users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_of_known_tenants ON public.tenant_users
    USING (EXISTS (SELECT 1 FROM public.tenants t WHERE t.id = tenant_users.tenant_id));
CREATE POLICY users_of_paid_tenants ON public.tenant_users FOR SELECT
    USING (tenant_id IN (SELECT id FROM public.paid_tenants()));
ALTER TABLE public.tenants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenants_with_users ON public.tenants
    USING (EXISTS (SELECT 1 FROM public.tenant_users u WHERE u.tenant_id = tenants.id));
INSERT INTO public.tenants (id, plan) VALUES (1, 'free'), (2, 'pro');
INSERT INTO public.tenant_users VALUES (1, 1, 'free', 'ann'), (2, 2, 'pro', 'bob');
-- @after
CREATE TABLE public.tenants (id int NOT NULL, plan text NOT NULL DEFAULT 'free', seq int, PRIMARY KEY (id, plan)) PARTITION BY LIST (plan);
CREATE TABLE public.tenants_free PARTITION OF public.tenants FOR VALUES IN ('free');
CREATE TABLE public.tenants_paid PARTITION OF public.tenants DEFAULT;
CREATE TABLE public.tenant_users (id int PRIMARY KEY, tenant_id int, tenant_plan text, name text,
    FOREIGN KEY (tenant_id, tenant_plan) REFERENCES public.tenants (id, plan));
CREATE FUNCTION public.tenant_count() RETURNS int LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*)::int FROM public.tenants;
END;
ALTER TABLE public.tenants ALTER COLUMN seq SET DEFAULT public.tenant_count();
CREATE FUNCTION public.paid_tenants() RETURNS SETOF public.tenants LANGUAGE sql STABLE AS $$ SELECT * FROM public.tenants WHERE plan <> 'free' $$;
ALTER TABLE public.tenant_users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_of_known_tenants ON public.tenant_users
    USING (EXISTS (SELECT 1 FROM public.tenants t WHERE t.id = tenant_users.tenant_id));
CREATE POLICY users_of_paid_tenants ON public.tenant_users FOR SELECT
    USING (tenant_id IN (SELECT id FROM public.paid_tenants()));
ALTER TABLE public.tenants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenants_with_users ON public.tenants
    USING (EXISTS (SELECT 1 FROM public.tenant_users u WHERE u.tenant_id = tenants.id));
