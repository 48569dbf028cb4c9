-- column grants on catalog tables to the role that owns them (as the regression suite's init_privs test makes): explicit, unlike the owner's table privileges, so they are granted and revoked like any other
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.t (id int);
-- @after
CREATE TABLE public.t (id int);
GRANT SELECT (prosrc) ON pg_catalog.pg_proc TO postgres;
GRANT SELECT (rolname, rolsuper) ON pg_catalog.pg_authid TO postgres;
