-- Schemas (namespaces) outside the system ones.
SELECT q.* FROM (
  SELECT n.nspname AS name,
         pg_get_userbyid(n.nspowner) AS owner,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = n.oid AND dsc.classoid = 'pg_namespace'::regclass AND dsc.objsubid = 0) AS comment,
         coalesce(n.nspacl, acldefault('n', n.nspowner))::text[] AS acl
  FROM pg_namespace n
  WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
    AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
) q ORDER BY q.name
