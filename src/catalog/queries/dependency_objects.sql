-- The objects dependency edges can name, keyed by their pg_depend address (class, oid, sub-id):
-- kind, schema, name and a sub-name (trigger or policy name). Rewrite rules are mapped to their
-- view, domain constraints to their domain. Objects whose own query sends their oid are not
-- listed here.
SELECT classid, objid, objsubid, kind, schema, name, sub FROM (
  -- Tables, views, sequences, indexes, their columns and defaults, table constraints, functions
  -- and aggregates come with their oids from their own queries; a composite type's relation stands for the type.
  SELECT 'pg_class'::regclass::oid AS classid, c.oid AS objid, 0 AS objsubid, 'type' AS kind,
         n.nspname AS schema, c.relname AS name, NULL::text AS sub
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'c' AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  -- A composite type's attributes stand for the type too (their types are what it depends on).
  SELECT 'pg_class'::regclass::oid, c.oid, a.attnum, 'type', n.nspname, c.relname, NULL
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
  WHERE c.relkind = 'c' AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_type'::regclass::oid, t.oid, 0, 'type', n.nspname, t.typname, NULL
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE (t.typtype IN ('e', 'd', 'r', 'm') OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  -- An array of such a type stands for its element type: a function taking mood[] depends on
  -- the enum mood.
  SELECT 'pg_type'::regclass::oid, t.oid, 0, 'type', n.nspname, e.typname, NULL
  FROM pg_type t
  JOIN pg_type e ON e.oid = t.typelem AND e.typarray = t.oid
  JOIN pg_namespace n ON n.oid = e.typnamespace
  WHERE (e.typtype IN ('e', 'd', 'r', 'm') OR (e.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = e.typrelid) = 'c'))
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
    AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.refclassid = 'pg_type'::regclass
                AND d.refobjid = t.oid AND NOT (d.classid = 'pg_type'::regclass AND d.deptype = 'i'))
  UNION ALL
  -- A table's or view's row type (and its array) stands for the relation: a function returning
  -- SETOF t or taking a t depends on the table.
  SELECT 'pg_type'::regclass::oid, t.oid, 0,
         CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized_view' ELSE 'table' END,
         n.nspname, c.relname, NULL
  FROM pg_type t
  JOIN pg_type e ON e.oid = CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE t.oid END
  JOIN pg_class c ON c.oid = e.typrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE e.typtype = 'c' AND c.relkind IN ('r', 'p', 'v', 'm')
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
    -- Only row types something uses (most are used by nothing); an array type's internal edge on
    -- its element does not count, a domain over the row type does.
    AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.refclassid = 'pg_type'::regclass
                AND d.refobjid = t.oid AND NOT (d.classid = 'pg_type'::regclass AND d.deptype = 'i'))
  UNION ALL
  SELECT 'pg_constraint'::regclass::oid, k.oid, 0, 'type', n.nspname, t.typname, NULL
  FROM pg_constraint k
  JOIN pg_type t ON t.oid = k.contypid
  JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE k.conrelid = 0 AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_trigger'::regclass::oid, g.oid, 0, 'trigger', n.nspname, c.relname, g.tgname
  FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE NOT g.tgisinternal AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_policy'::regclass::oid, p.oid, 0, 'policy', n.nspname, c.relname, p.polname
  FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_rewrite'::regclass::oid, r.oid, 0,
         CASE c.relkind WHEN 'm' THEN 'materialized_view' ELSE 'view' END, n.nspname, c.relname, NULL
  FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('v', 'm') AND r.rulename = '_RETURN'
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_namespace'::regclass::oid, n.oid, 0, 'schema', NULL, n.nspname, NULL FROM pg_namespace n
  UNION ALL
  SELECT 'pg_extension'::regclass::oid, x.oid, 0, 'extension', NULL, x.extname, NULL FROM pg_extension x
  UNION ALL
  -- An extension's members (and the array types of its types) stand for the extension: what
  -- uses one of them (a column of its type, an index with its operator class, a view calling
  -- its function) depends on the extension, and is rebuilt when the extension is recreated.
  SELECT m.classid, m.objid, 0, 'extension', NULL, x.extname, NULL
  FROM pg_depend m JOIN pg_extension x ON x.oid = m.refobjid
  WHERE m.refclassid = 'pg_extension'::regclass AND m.deptype = 'e'
  UNION ALL
  SELECT 'pg_type'::regclass::oid, a.oid, 0, 'extension', NULL, x.extname, NULL
  FROM pg_type a
  JOIN pg_depend m ON m.classid = 'pg_type'::regclass AND m.objid = a.typelem AND m.deptype = 'e'
  JOIN pg_extension x ON x.oid = m.refobjid
  WHERE a.typcategory = 'A' AND m.refclassid = 'pg_extension'::regclass
  UNION ALL
  SELECT 'pg_collation'::regclass::oid, co.oid, 0, 'collation', n.nspname, co.collname, NULL
  FROM pg_collation co JOIN pg_namespace n ON n.oid = co.collnamespace
  WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'pg_publication'::regclass::oid, p.oid, 0, 'publication', NULL, p.pubname, NULL FROM pg_publication p
  UNION ALL
  SELECT 'pg_event_trigger'::regclass::oid, e.oid, 0, 'event_trigger', NULL, e.evtname, NULL FROM pg_event_trigger e
) q
