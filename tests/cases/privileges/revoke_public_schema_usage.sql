-- USAGE on schema public is revoked from PUBLIC and granted to one role (PG15 no longer grants CREATE there): the built-in schema ACL is diffed like any other
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_app_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.t (id int);
-- @after
DO $$ BEGIN CREATE ROLE pgshift_app_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.t (id int);
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pgshift_app_user;
