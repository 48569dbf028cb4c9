-- Dependency edges between schema objects, from pg_depend (rewrite rules are mapped to their
-- view, column defaults to their column, domain constraints to their domain). Each side is
-- described by kind, schema, name and a sub-name (column, constraint, trigger or policy name, or
-- a function's identity arguments); the filter keeps edges whose both ends are in the model.
WITH obj AS (
  SELECT 'pg_class'::regclass AS classid, c.oid AS objid, 0 AS objsubid,
         CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view'
                        WHEN 'm' THEN 'materialized_view' WHEN 'S' THEN 'sequence'
                        WHEN 'i' THEN 'index' WHEN 'I' THEN 'index' WHEN 'c' THEN 'type' END AS kind,
         n.nspname AS schema, c.relname AS name, NULL::text AS sub
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'i', 'I', 'c') AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_class'::regclass, a.attrelid, a.attnum, 'column', n.nspname, c.relname, a.attname
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm')
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_type'::regclass, t.oid, 0, 'type', n.nspname, t.typname, NULL
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE (t.typtype IN ('e', 'd', 'r', 'm') OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_proc'::regclass, p.oid, 0, CASE WHEN p.prokind = 'a' THEN 'aggregate' ELSE 'function' END,
         n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_constraint'::regclass, k.oid, 0,
         CASE WHEN k.conrelid <> 0 THEN 'constraint' ELSE 'type' END,
         n.nspname, coalesce(c.relname, t.typname), CASE WHEN k.conrelid <> 0 THEN k.conname END
  FROM pg_constraint k
  LEFT JOIN pg_class c ON c.oid = k.conrelid
  LEFT JOIN pg_type t ON t.oid = k.contypid
  JOIN pg_namespace n ON n.oid = coalesce(c.relnamespace, t.typnamespace)
  WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_trigger'::regclass, g.oid, 0, 'trigger', n.nspname, c.relname, g.tgname
  FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE NOT g.tgisinternal AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_policy'::regclass, p.oid, 0, 'policy', n.nspname, c.relname, p.polname
  FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_rewrite'::regclass, r.oid, 0,
         CASE c.relkind WHEN 'm' THEN 'materialized_view' ELSE 'view' END, n.nspname, c.relname, NULL
  FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('v', 'm') AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_attrdef'::regclass, d.oid, 0, 'column', n.nspname, c.relname, a.attname
  FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
  JOIN pg_class c ON c.oid = d.adrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_namespace'::regclass, n.oid, 0, 'schema', NULL, n.nspname, NULL FROM pg_namespace n
  UNION ALL
  SELECT 'pg_extension'::regclass, x.oid, 0, 'extension', NULL, x.extname, NULL FROM pg_extension x
  UNION ALL
  SELECT 'pg_collation'::regclass, co.oid, 0, 'collation', n.nspname, co.collname, NULL
  FROM pg_collation co JOIN pg_namespace n ON n.oid = co.collnamespace
  WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_publication'::regclass, p.oid, 0, 'publication', NULL, p.pubname, NULL FROM pg_publication p
  UNION ALL
  SELECT 'pg_event_trigger'::regclass, e.oid, 0, 'event_trigger', NULL, e.evtname, NULL FROM pg_event_trigger e
)
SELECT DISTINCT row_to_json(q)::text FROM (
  SELECT d.kind AS from_kind, d.schema AS from_schema, d.name AS from_name, d.sub AS from_sub,
         r.kind AS to_kind, r.schema AS to_schema, r.name AS to_name, r.sub AS to_sub
  FROM pg_depend dep
  JOIN obj d ON d.classid = dep.classid AND d.objid = dep.objid AND d.objsubid = dep.objsubid
  JOIN obj r ON r.classid = dep.refclassid AND r.objid = dep.refobjid AND r.objsubid = dep.refobjsubid
  WHERE dep.deptype IN ('n', 'a', 'i')
    AND NOT (d.kind = r.kind AND d.schema IS NOT DISTINCT FROM r.schema AND d.name = r.name
             AND d.sub IS NOT DISTINCT FROM r.sub)
    AND coalesce(d.schema, '') NOT LIKE 'pg\_%' AND coalesce(d.schema, '') <> 'information_schema'
    AND coalesce(r.schema, '') NOT LIKE 'pg\_%' AND coalesce(r.schema, '') <> 'information_schema'
) q
