-- EXECUTE is revoked from PUBLIC (the implicit default) and granted to one role: the default ACL must be made explicit
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_app_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FUNCTION public.delete_user(p_id int) RETURNS void LANGUAGE sql AS $$ SELECT p_id $$;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_app_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FUNCTION public.delete_user(p_id int) RETURNS void LANGUAGE sql AS $$ SELECT p_id $$;
REVOKE EXECUTE ON FUNCTION public.delete_user(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.delete_user(int) TO pgshift_app_user;
