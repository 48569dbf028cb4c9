-- a column referenced by a policy changes type: PostgreSQL refuses ALTER COLUMN TYPE while a policy uses the column, so drop policy, alter, recreate
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.records (id int PRIMARY KEY, tenant_id int NOT NULL);
ALTER TABLE public.records ENABLE ROW LEVEL SECURITY;
CREATE POLICY records_tenant ON public.records USING (tenant_id = current_setting('app.tenant')::int);
-- @after
CREATE TABLE public.records (id int PRIMARY KEY, tenant_id bigint NOT NULL);
ALTER TABLE public.records ENABLE ROW LEVEL SECURITY;
CREATE POLICY records_tenant ON public.records USING (tenant_id = current_setting('app.tenant')::bigint);
