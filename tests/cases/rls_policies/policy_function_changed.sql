-- the function a policy calls changes its body only: CREATE OR REPLACE FUNCTION, the policy stays as is
-- @before
CREATE FUNCTION public.current_tenant() RETURNS int LANGUAGE sql STABLE AS $$ SELECT current_setting('app.tenant')::int $$;
CREATE TABLE public.orders (id int PRIMARY KEY, tenant_id int NOT NULL);
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_tenant ON public.orders USING (tenant_id = public.current_tenant());
-- @after
CREATE FUNCTION public.current_tenant() RETURNS int LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.tenant', true), '')::int $$;
CREATE TABLE public.orders (id int PRIMARY KEY, tenant_id int NOT NULL);
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_tenant ON public.orders USING (tenant_id = public.current_tenant());
