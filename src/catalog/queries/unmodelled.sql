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
-- Not listed because other queries read them: every pg_proc kind (functions, procedures and window
-- functions in functions.sql, aggregates in aggregates.sql); pg_class relkinds r, p (tables), v, m
-- (views), S (sequences), i, I (indexes), c (composite types), t (TOAST, in pg_toast); pg_type
-- kinds e, d, c, r (and m, which comes with its range); collations, constraints, triggers,
-- policies, event triggers, publications, default privileges, schemas and extensions. Not listed
-- because a schema dump does not hold them: roles, tablespaces, databases, parameter privileges
-- (cluster-wide) and large objects (data).
SELECT pg_describe_object(u.classid, u.objid, u.objsubid) AS description, u.kind, u.schema
FROM (
  -- operator
  SELECT 'pg_operator'::regclass::oid AS classid, o.oid AS objid, 0 AS objsubid,
         'operator' AS kind, n.nspname AS schema
  FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
  UNION ALL
  -- operator_family
  SELECT 'pg_opfamily'::regclass::oid AS classid, f.oid AS objid, 0 AS objsubid,
         'operator_family' AS kind, n.nspname AS schema
  FROM pg_opfamily f JOIN pg_namespace n ON n.oid = f.opfnamespace
  UNION ALL
  -- operator_class
  SELECT 'pg_opclass'::regclass::oid AS classid, c.oid AS objid, 0 AS objsubid,
         'operator_class' AS kind, n.nspname AS schema
  FROM pg_opclass c JOIN pg_namespace n ON n.oid = c.opcnamespace
  UNION ALL
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
  -- cast (not those a range type makes to its multirange, which depend on it internally)
  SELECT 'pg_cast'::regclass::oid AS classid, c.oid AS objid, 0 AS objsubid,
         'cast' AS kind, NULL AS schema
  FROM pg_cast c
  WHERE NOT EXISTS (SELECT 1 FROM pg_depend i WHERE i.classid = 'pg_cast'::regclass
                    AND i.objid = c.oid AND i.deptype = 'i')
  UNION ALL
  -- rule (a view's own _RETURN rule is the view)
  SELECT 'pg_rewrite'::regclass::oid AS classid, r.oid AS objid, 0 AS objsubid,
         'rule' AS kind, n.nspname AS schema
  FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE r.rulename <> '_RETURN'
    AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass
                    AND e.objid = c.oid AND e.deptype = 'e')
  UNION ALL
  -- statistics (extended statistics, CREATE STATISTICS)
  SELECT 'pg_statistic_ext'::regclass::oid AS classid, s.oid AS objid, 0 AS objsubid,
         'statistics' AS kind, n.nspname AS schema
  FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
  UNION ALL
  -- text_search_parser
  SELECT 'pg_ts_parser'::regclass::oid AS classid, p.oid AS objid, 0 AS objsubid,
         'text_search_parser' AS kind, n.nspname AS schema
  FROM pg_ts_parser p JOIN pg_namespace n ON n.oid = p.prsnamespace
  UNION ALL
  -- text_search_template
  SELECT 'pg_ts_template'::regclass::oid AS classid, t.oid AS objid, 0 AS objsubid,
         'text_search_template' AS kind, n.nspname AS schema
  FROM pg_ts_template t JOIN pg_namespace n ON n.oid = t.tmplnamespace
  UNION ALL
  -- text_search_dictionary
  SELECT 'pg_ts_dict'::regclass::oid AS classid, d.oid AS objid, 0 AS objsubid,
         'text_search_dictionary' AS kind, n.nspname AS schema
  FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
  UNION ALL
  -- text_search_configuration
  SELECT 'pg_ts_config'::regclass::oid AS classid, c.oid AS objid, 0 AS objsubid,
         'text_search_configuration' AS kind, n.nspname AS schema
  FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace
  UNION ALL
  -- foreign_data_wrapper
  SELECT 'pg_foreign_data_wrapper'::regclass::oid AS classid, w.oid AS objid, 0 AS objsubid,
         'foreign_data_wrapper' AS kind, NULL AS schema
  FROM pg_foreign_data_wrapper w
  UNION ALL
  -- foreign_server
  SELECT 'pg_foreign_server'::regclass::oid AS classid, s.oid AS objid, 0 AS objsubid,
         'foreign_server' AS kind, NULL AS schema
  FROM pg_foreign_server s
  UNION ALL
  -- user_mapping (through the pg_user_mappings view: the catalog itself is not readable by
  -- everyone, it holds passwords)
  SELECT 'pg_user_mapping'::regclass::oid AS classid, m.umid AS objid, 0 AS objsubid,
         'user_mapping' AS kind, NULL AS schema
  FROM pg_user_mappings m
  UNION ALL
  -- foreign_table
  SELECT 'pg_class'::regclass::oid AS classid, c.oid AS objid, 0 AS objsubid,
         'foreign_table' AS kind, n.nspname AS schema
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'f'
  UNION ALL
  -- conversion
  SELECT 'pg_conversion'::regclass::oid AS classid, c.oid AS objid, 0 AS objsubid,
         'conversion' AS kind, n.nspname AS schema
  FROM pg_conversion c JOIN pg_namespace n ON n.oid = c.connamespace
  UNION ALL
  -- access_method (table and index access methods)
  SELECT 'pg_am'::regclass::oid AS classid, a.oid AS objid, 0 AS objsubid,
         'access_method' AS kind, NULL AS schema
  FROM pg_am a
  UNION ALL
  -- language (procedural languages created without an extension)
  SELECT 'pg_language'::regclass::oid AS classid, l.oid AS objid, 0 AS objsubid,
         'language' AS kind, NULL AS schema
  FROM pg_language l
  UNION ALL
  -- transform
  SELECT 'pg_transform'::regclass::oid AS classid, t.oid AS objid, 0 AS objsubid,
         'transform' AS kind, NULL AS schema
  FROM pg_transform t
  UNION ALL
  -- subscription (of this database; only columns everyone may read: the connection string is
  -- reserved to superusers)
  SELECT 'pg_subscription'::regclass::oid AS classid, s.oid AS objid, 0 AS objsubid,
         'subscription' AS kind, NULL AS schema
  FROM pg_subscription s
  WHERE s.subdbid = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
  UNION ALL
  -- base_type (CREATE TYPE ... (INPUT = ..., OUTPUT = ...)); array types go with their element
  -- type (every table's row type has one)
  SELECT 'pg_type'::regclass::oid AS classid, t.oid AS objid, 0 AS objsubid,
         'base_type' AS kind, n.nspname AS schema
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE t.typtype = 'b'
    AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
  UNION ALL
  -- shell_type (CREATE TYPE name, not yet defined)
  SELECT 'pg_type'::regclass::oid AS classid, t.oid AS objid, 0 AS objsubid,
         'shell_type' AS kind, n.nspname AS schema
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE t.typtype = 'p' AND NOT t.typisdefined
  UNION ALL
  -- column_options (ALTER TABLE ... ALTER COLUMN ... SET (n_distinct = ...)); read from
  -- pg_attribute first: few columns have options, every table has columns
  SELECT 'pg_class'::regclass::oid AS classid, a.attrelid AS objid, a.attnum AS objsubid,
         'column_options' AS kind, n.nspname AS schema
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'm') AND a.attnum > 0 AND NOT a.attisdropped
    AND a.attoptions IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass
                    AND e.objid = c.oid AND e.deptype = 'e')
  UNION ALL
  -- cluster_index (ALTER TABLE ... CLUSTER ON: the index CLUSTER uses by default)
  SELECT 'pg_class'::regclass::oid AS classid, x.indexrelid AS objid, 0 AS objsubid,
         'cluster_index' AS kind, n.nspname AS schema
  FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE x.indisclustered
    AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass
                    AND e.objid = c.oid AND e.deptype = 'e')
) u
WHERE u.objid >= 16384
  AND (u.schema IS NULL OR (u.schema NOT LIKE 'pg\_%' AND u.schema <> 'information_schema'))
  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                  WHERE e.classid = u.classid AND e.objid = u.objid AND e.objsubid = 0 AND e.deptype = 'e')
ORDER BY u.kind, 1
