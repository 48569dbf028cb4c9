-- USAGE on an enum type is revoked from PUBLIC and granted to one role: types have ACLs too
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_app_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TYPE public.internal_state AS ENUM ('a', 'b');
-- @after
DO $$ BEGIN CREATE ROLE pgshift_app_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TYPE public.internal_state AS ENUM ('a', 'b');
REVOKE USAGE ON TYPE public.internal_state FROM PUBLIC;
GRANT USAGE ON TYPE public.internal_state TO pgshift_app_user;
