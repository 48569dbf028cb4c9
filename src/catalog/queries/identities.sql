-- Identity columns with their sequence, by table oid and attribute number (the tables query's
-- columns are matched to them on the client).
SELECT q.* FROM (
  SELECT d.refobjid::int8 AS table_oid, d.refobjsubid AS num, a.attidentity = 'a' AS always,
         sn.nspname AS schema, sc.relname AS sequence, sc.oid::int8 AS sequence_oid,
         format_type(s.seqtypid, NULL) AS data_type, s.seqstart AS start,
         s.seqincrement AS increment, s.seqmin AS min_value, s.seqmax AS max_value,
         s.seqcache AS cache, s.seqcycle AS cycle,
         pg_get_userbyid(sc.relowner) AS owner,
         coalesce(sc.relacl, acldefault('s', sc.relowner))::text[] AS acl,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = sc.oid AND dsc.classoid = 'pg_class'::regclass AND dsc.objsubid = 0) AS comment
  FROM pg_depend d
  JOIN pg_class sc ON sc.oid = d.objid
  JOIN pg_namespace sn ON sn.oid = sc.relnamespace
  JOIN pg_sequence s ON s.seqrelid = sc.oid
  JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
  WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
    AND d.deptype = 'i' AND d.refobjsubid > 0 AND sc.relkind = 'S' AND a.attidentity <> ''
    AND sn.nspname NOT LIKE 'pg\_%' AND sn.nspname <> 'information_schema'
) q
