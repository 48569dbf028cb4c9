-- global default privileges: revoke EXECUTE on future functions from PUBLIC (a negative default, stored as a pg_default_acl row)
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.t (id int);
-- @after
CREATE TABLE public.t (id int);
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
