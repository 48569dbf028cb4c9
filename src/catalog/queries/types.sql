-- Enums, domains, composite types and range types, one row each, with a `kind`.
-- Domains' constraints are gathered in one pass over pg_constraint, which has no index on
-- contypid (a scan per type took over a second at 10,000 tables).
WITH domain_checks AS (
  SELECT c.contypid,
         json_agg(json_build_object('name', c.conname, 'definition', pg_get_constraintdef(c.oid),
                                    'validated', c.convalidated,
                                    'comment', (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = c.oid AND dsc.classoid = 'pg_constraint'::regclass AND dsc.objsubid = 0)) ORDER BY c.conname) AS checks
  FROM pg_constraint c WHERE c.contypid <> 0
  GROUP BY c.contypid
)
SELECT q.* FROM (
  SELECT CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite' WHEN 'r' THEN 'range' END AS kind,
         n.nspname AS schema, t.typname AS name,
         pg_get_userbyid(t.typowner) AS owner,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = t.oid AND dsc.classoid = 'pg_type'::regclass AND dsc.objsubid = 0) AS comment,
         coalesce(t.typacl, acldefault('T', t.typowner))::text[] AS acl,
         -- enum
         (SELECT array_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) AS enum_values,
         -- domain
         CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base_type,
         CASE WHEN t.typtype = 'd' AND t.typcollation <> 0 AND t.typcollation <> bt.typcollation
              THEN (SELECT json_build_object('schema', cn.nspname, 'name', co.collname)
                    FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = t.typcollation) END AS collation,
         -- Deparsed (an empty search_path qualifies names): typdefault keeps the text as the
         -- creating session printed it, names resolved through its search_path.
         coalesce(pg_get_expr(t.typdefaultbin, 0), t.typdefault) AS "default",
         t.typnotnull AS not_null,
         dc.checks,
         -- composite
         (SELECT json_agg(json_build_object('name', a.attname, 'data_type', format_type(a.atttypid, a.atttypmod),
                  'collation', CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation THEN
                     (SELECT json_build_object('schema', cn.nspname, 'name', co.collname)
                      FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END,
                  'comment', (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = t.typrelid AND dsc.classoid = 'pg_class'::regclass AND dsc.objsubid = a.attnum)) ORDER BY a.attnum)
          FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
          WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) AS attributes,
         -- range
         CASE WHEN t.typtype = 'r' THEN format_type(r.rngsubtype, NULL) END AS subtype,
         CASE WHEN t.typtype = 'r' AND NOT opc.opcdefault THEN ocn.nspname || '.' || opc.opcname END AS subtype_opclass,
         CASE WHEN t.typtype = 'r' AND r.rngcollation <> 0 AND r.rngcollation <> st.typcollation THEN
            (SELECT json_build_object('schema', cn.nspname, 'name', co.collname)
             FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = r.rngcollation) END AS range_collation,
         CASE WHEN r.rngcanonical <> 0 THEN r.rngcanonical::regproc::text END AS canonical,
         CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::regproc::text END AS subtype_diff,
         CASE WHEN t.typtype = 'r' THEN (SELECT json_build_object('schema', mn.nspname, 'name', mt.typname)
              FROM pg_type mt JOIN pg_namespace mn ON mn.oid = mt.typnamespace WHERE mt.oid = {{rngmultitypid}}) END AS multirange_name
  FROM pg_type t
  JOIN pg_namespace n ON n.oid = t.typnamespace
  LEFT JOIN domain_checks dc ON dc.contypid = t.oid
  LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
  LEFT JOIN pg_range r ON r.rngtypid = t.oid
  LEFT JOIN pg_type st ON st.oid = r.rngsubtype
  LEFT JOIN pg_opclass opc ON opc.oid = r.rngsubopc
  LEFT JOIN pg_namespace ocn ON ocn.oid = opc.opcnamespace
  WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
    AND (t.typtype IN ('e', 'd', 'r')
         OR (t.typtype = 'c' AND (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c'))
    AND t.oid NOT IN ({{extension_members:pg_type}})
    AND t.typrelid NOT IN ({{extension_members:pg_class}})
) q ORDER BY q.schema, q.name
