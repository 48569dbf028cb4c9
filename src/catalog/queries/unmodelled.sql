-- Objects the model does not hold, so that comparing two schemas never passes over them in
-- silence (the guard: `diff`, `generate` and `drift` refuse while either side has any). One row
-- per object: its pg_describe_object text, a kind (the name `[schemas] ignore_unmodelled` uses)
-- and its schema (NULL for the kinds that live in the database, not in a schema).
--
-- One UNION ALL branch per kind, each headed by a comment naming it; every branch returns the same
-- named columns, so a branch can be deleted on its own when its kind joins the model. The filters
-- common to all sit outside: objects users created (oids from 16384, FirstNormalObjectId, up),
-- outside the system schemas, and not members of an extension (pg_depend deptype 'e'). Excluded
-- schemas are left out by the client, as everywhere else.
--
-- Not listed because other queries read them: rules, extended statistics, operators, operator
-- families and classes, casts, conversions, access methods, text search objects, foreign data
-- wrappers, servers, user mappings, foreign tables and subscriptions, procedural languages and
-- transforms, base and shell types (rules.sql, operators.sql, text_search.sql, foreign_data.sql,
-- languages.sql, base_types.sql), column options and clustering (tables.sql, indexes.sql);
-- every pg_proc kind (functions, procedures and window
-- functions in functions.sql, aggregates in aggregates.sql); pg_class relkinds r, p (tables), v, m
-- (views), S (sequences), i, I (indexes), c (composite types), t (TOAST, in pg_toast); pg_type
-- kinds e, d, c, r (and m, which comes with its range), b and shell types (p, not defined); collations, constraints, triggers,
-- policies, event triggers, publications, default privileges, schemas and extensions. Not listed
-- because a schema dump does not hold them: roles, tablespaces, databases, parameter privileges
-- (cluster-wide) and large objects (data).
SELECT pg_describe_object(u.classid, u.objid, u.objsubid) AS description, u.kind, u.schema
FROM (
  -- operator_family_member (operators): an operator or support function added to a built-in family
  -- (ALTER OPERATOR FAMILY ... ADD); members of users' own families go with their family. Members
  -- whose operator or function belongs to an extension are the extension's.
  SELECT 'pg_amop'::regclass::oid AS classid, m.oid AS objid, 0 AS objsubid,
         'operator_family_member' AS kind, NULL AS schema
  FROM pg_amop m
  WHERE m.amopfamily < 16384
    AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_operator'::regclass
                    AND e.objid = m.amopopr AND e.deptype = 'e')
  UNION ALL
  -- operator_family_member (support functions)
  SELECT 'pg_amproc'::regclass::oid AS classid, m.oid AS objid, 0 AS objsubid,
         'operator_family_member' AS kind, NULL AS schema
  FROM pg_amproc m
  WHERE m.amprocfamily < 16384
    AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass
                    AND e.objid = m.amproc AND e.deptype = 'e')
  UNION ALL
  -- foreign_table_constraint (constraints of foreign tables other than CHECK, which the model
  -- keeps with the table, and NOT NULL, which PostgreSQL 18 records here too and the model keeps
  -- with the column)
  SELECT 'pg_constraint'::regclass::oid AS classid, k.oid AS objid, 0 AS objsubid,
         'foreign_table_constraint' AS kind, n.nspname AS schema
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'f' AND k.contype NOT IN ('c', 'n')
  UNION ALL
  -- foreign_table_partition (a foreign table attached as a partition: the model does not keep
  -- its bound)
  SELECT 'pg_class'::regclass::oid AS classid, c.oid AS objid, 0 AS objsubid,
         'foreign_table_partition' AS kind, n.nspname AS schema
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'f' AND c.relispartition
  UNION ALL
  -- foreign_table_inheritance (a foreign table that inherits from a table: the model keeps
  -- neither the parent nor which columns come from it)
  SELECT 'pg_class'::regclass::oid AS classid, c.oid AS objid, 0 AS objsubid,
         'foreign_table_inheritance' AS kind, n.nspname AS schema
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'f' AND NOT c.relispartition
    AND EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid)
  UNION ALL
  -- foreign_table_column_settings (SET STATISTICS, SET STORAGE other than the type's, or
  -- attribute options on a foreign table's column: the model keeps them for tables' columns only)
  SELECT 'pg_class'::regclass::oid AS classid, c.oid AS objid, a.attnum AS objsubid,
         'foreign_table_column_settings' AS kind, n.nspname AS schema
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid
  WHERE c.relkind = 'f' AND a.attnum > 0 AND NOT a.attisdropped
    AND (a.attstattarget >= 0 OR a.attstorage <> t.typstorage OR a.attoptions IS NOT NULL)
) u
WHERE u.objid >= 16384
  AND (u.schema IS NULL OR (u.schema NOT LIKE 'pg\_%' AND u.schema <> 'information_schema'))
  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                  WHERE e.classid = u.classid AND e.objid = u.objid AND e.objsubid = 0 AND e.deptype = 'e')
ORDER BY u.kind, 1
