-- privileges on the server's built-in objects that differ from those initdb left are compared and granted or revoked like any others: a function, a catalog table, its columns (a system column included), a type and a language
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.t (id int);
-- @after
CREATE TABLE public.t (id int);
REVOKE EXECUTE ON FUNCTION pg_catalog.pg_sleep(double precision) FROM PUBLIC;
REVOKE SELECT ON pg_catalog.pg_proc FROM PUBLIC;
GRANT SELECT (tableoid, proname, "proargnames") ON pg_catalog.pg_proc TO PUBLIC;
REVOKE USAGE ON TYPE pg_catalog.point FROM PUBLIC;
REVOKE USAGE ON LANGUAGE sql FROM PUBLIC;
