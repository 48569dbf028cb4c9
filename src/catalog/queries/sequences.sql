-- Sequences, except those that back identity columns (they belong to their column).
SELECT q.* FROM (
  SELECT c.oid::int8 AS oid, n.nspname AS schema, c.relname AS name,
         format_type(s.seqtypid, NULL) AS data_type, s.seqstart AS start, s.seqincrement AS increment,
         s.seqmin AS min_value, s.seqmax AS max_value, s.seqcache AS cache, s.seqcycle AS cycle,
         c.relpersistence = 'u' AS unlogged,
         (SELECT json_build_object('schema', tn.nspname, 'table', tc.relname, 'column', a.attname)
          FROM pg_depend d
          JOIN pg_class tc ON tc.oid = d.refobjid
          JOIN pg_namespace tn ON tn.oid = tc.relnamespace
          JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass
            AND d.refobjsubid > 0 AND d.deptype = 'a' LIMIT 1) AS owned_by,
         pg_get_userbyid(c.relowner) AS owner,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = c.oid AND dsc.classoid = 'pg_class'::regclass AND dsc.objsubid = 0) AS comment,
         coalesce(c.relacl, acldefault('s', c.relowner))::text[] AS acl
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_sequence s ON s.seqrelid = c.oid
  WHERE c.relkind = 'S'
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
    AND c.oid NOT IN ({{extension_members:pg_class}})
    AND NOT EXISTS (SELECT 1 FROM pg_depend d
                    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')
) q ORDER BY q.schema, q.name
