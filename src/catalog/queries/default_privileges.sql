-- ALTER DEFAULT PRIVILEGES entries.
SELECT q.* FROM (
  SELECT pg_get_userbyid(d.defaclrole) AS role,
         CASE WHEN d.defaclnamespace <> 0 THEN (SELECT nspname FROM pg_namespace WHERE oid = d.defaclnamespace) END AS schema,
         CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions'
                              WHEN 'T' THEN 'types' WHEN 'n' THEN 'schemas' END AS object_type,
         d.defaclacl::text[] AS acl
  FROM pg_default_acl d
) q ORDER BY q.role, q.schema NULLS FIRST, q.object_type
