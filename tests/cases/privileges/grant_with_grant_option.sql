-- an existing grant gains WITH GRANT OPTION: the ACL entry's grant-option bits differ, same privilege
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.catalog (id int PRIMARY KEY);
GRANT SELECT ON public.catalog TO pgshift_admin;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.catalog (id int PRIMARY KEY);
GRANT SELECT ON public.catalog TO pgshift_admin WITH GRANT OPTION;
