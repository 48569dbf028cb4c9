-- Objects the model does not hold, so that comparing two schemas never passes over them in
-- silence (the guard: `diff`, `generate` and `drift` refuse while either side has any). One row
-- per object: its pg_describe_object text, a kind (the name `[schemas] ignore_unmodelled` uses)
-- and its schema (NULL for the kinds that live in the database, not in a schema).
--
-- One UNION ALL branch per kind, each headed by a comment naming it; every branch returns the same
-- named columns, so a branch can be deleted on its own when its kind joins the model. The filters
-- common to all sit outside: objects users created (oids from 16384, FirstNormalObjectId, up,
-- and the public schema where its owner's privileges are concerned),
-- outside the system schemas, and not members of an extension (pg_depend deptype 'e'). Excluded
-- schemas are left out by the client, as everywhere else.
--
-- Not listed because other queries read them: rules, extended statistics, operators, operator
-- families and classes (and members users added to built-in families), casts, conversions, access methods, text search objects, foreign data
-- wrappers, servers, user mappings, foreign tables and subscriptions, procedural languages and
-- transforms, base and shell types, and foreign tables' partition bounds, parents and column
-- settings (rules.sql, operators.sql, text_search.sql, foreign_data.sql,
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
  -- foreign_table_constraint (constraints of foreign tables other than CHECK, which the model
  -- keeps with the table, and NOT NULL, which PostgreSQL 18 records here too and the model keeps
  -- with the column)
  SELECT 'pg_constraint'::regclass::oid AS classid, k.oid AS objid, 0 AS objsubid,
         'foreign_table_constraint' AS kind, n.nspname AS schema
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'f' AND k.contype NOT IN ('c', 'n')
  UNION ALL
  -- system_column_privileges (a grant on a system column, GRANT SELECT (ctid) ON t: the model
  -- keeps the privileges of a table's own columns)
  SELECT 'pg_class'::regclass::oid AS classid, c.oid AS objid, a.attnum AS objsubid,
         'system_column_privileges' AS kind, n.nspname AS schema
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE a.attnum < 0 AND a.attacl IS NOT NULL AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
  UNION ALL
  -- owner_privileges (privileges its owner has by default and that were revoked from it, as in
  -- REVOKE ALL ON t FROM its_owner: the model keeps the grants to other roles and leaves the
  -- owner's own as implicit). Tables, views, sequences, foreign tables, routines, types,
  -- schemas (public included, which the model keeps), languages, wrappers and servers. Built-in
  -- objects (oids below 16384) are left out early, as below for all kinds.
  SELECT o.classid, o.objid, 0 AS objsubid, 'owner_privileges' AS kind, o.schema
  FROM (
    SELECT 'pg_class'::regclass::oid AS classid, c.oid AS objid, n.nspname AS schema, c.relowner AS owner,
           c.relacl AS acl, acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner) AS dflt
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND c.relacl IS NOT NULL AND c.oid >= 16384
    UNION ALL
    SELECT 'pg_proc'::regclass::oid, p.oid, n.nspname, p.proowner, p.proacl, acldefault('f', p.proowner)
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.proacl IS NOT NULL AND p.oid >= 16384
    UNION ALL
    SELECT 'pg_type'::regclass::oid, t.oid, n.nspname, t.typowner, t.typacl, acldefault('T', t.typowner)
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typacl IS NOT NULL AND t.oid >= 16384
    UNION ALL
    SELECT 'pg_namespace'::regclass::oid, s.oid, s.nspname, s.nspowner, s.nspacl, acldefault('n', s.nspowner)
    FROM pg_namespace s WHERE s.nspacl IS NOT NULL
    UNION ALL
    SELECT 'pg_language'::regclass::oid, l.oid, NULL, l.lanowner, l.lanacl, acldefault('l', l.lanowner)
    FROM pg_language l WHERE l.lanacl IS NOT NULL AND l.oid >= 16384
    UNION ALL
    SELECT 'pg_foreign_data_wrapper'::regclass::oid, w.oid, NULL, w.fdwowner, w.fdwacl, acldefault('F', w.fdwowner)
    FROM pg_foreign_data_wrapper w WHERE w.fdwacl IS NOT NULL
    UNION ALL
    SELECT 'pg_foreign_server'::regclass::oid, v.oid, NULL, v.srvowner, v.srvacl, acldefault('S', v.srvowner)
    FROM pg_foreign_server v WHERE v.srvacl IS NOT NULL
  ) o
  -- (an ACL that holds the owner's default entry as is lacks none of its privileges)
  WHERE NOT o.acl @> o.dflt
    AND EXISTS (SELECT 1 FROM aclexplode(o.dflt) d
                WHERE d.grantee = o.owner
                  AND NOT EXISTS (SELECT 1 FROM aclexplode(o.acl) a
                                  WHERE a.grantee = d.grantee AND a.privilege_type = d.privilege_type))
) u
WHERE (u.objid >= 16384
       -- public comes from initdb (an oid below 16384) yet is the model's like any schema
       OR (u.kind = 'owner_privileges' AND u.classid = 'pg_namespace'::regclass AND u.schema = 'public'))
  AND (u.schema IS NULL OR (u.schema NOT LIKE 'pg\_%' AND u.schema <> 'information_schema'))
  -- (extension members found from the extensions, through pg_depend's index on the referenced
  -- object, rather than a scan of all of pg_depend)
  AND (u.classid, u.objid) NOT IN (SELECT e.classid, e.objid FROM pg_extension x JOIN pg_depend e
                                   ON e.refclassid = 'pg_extension'::regclass AND e.refobjid = x.oid
                                   WHERE e.objsubid = 0 AND e.deptype = 'e')
UNION ALL
-- Built-in objects (initdb's in pg_catalog, and its languages), whose privileges the model keeps
-- where they differ from initdb's (builtin_privileges.sql), compared as the same owner's:
-- builtin_owner (an owner other than the bootstrap superuser; pg_dump does not keep it either)
-- and owner_privileges (as above).
SELECT pg_describe_object(b.classid, b.objid, 0), k.kind, b.schema
FROM (
  SELECT 'pg_class'::regclass::oid AS classid, c.oid AS objid, 'pg_catalog' AS schema,
         c.relowner AS owner, c.relacl AS acl,
         acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner) AS dflt
  FROM pg_class c
  WHERE c.oid < 16384 AND c.relnamespace = 'pg_catalog'::regnamespace
    AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
  UNION ALL
  SELECT 'pg_proc'::regclass::oid, p.oid, 'pg_catalog', p.proowner, p.proacl, acldefault('f', p.proowner)
  FROM pg_proc p WHERE p.oid < 16384 AND p.pronamespace = 'pg_catalog'::regnamespace
  UNION ALL
  SELECT 'pg_type'::regclass::oid, t.oid, 'pg_catalog', t.typowner, t.typacl, acldefault('T', t.typowner)
  FROM pg_type t WHERE t.oid < 16384 AND t.typnamespace = 'pg_catalog'::regnamespace
  UNION ALL
  SELECT 'pg_namespace'::regclass::oid, s.oid, 'pg_catalog', s.nspowner, s.nspacl, acldefault('n', s.nspowner)
  FROM pg_namespace s WHERE s.nspname = 'pg_catalog'
  UNION ALL
  SELECT 'pg_language'::regclass::oid, l.oid, NULL, l.lanowner, l.lanacl, acldefault('l', l.lanowner)
  FROM pg_language l WHERE l.oid < 16384
) b
CROSS JOIN LATERAL (
  SELECT 'builtin_owner' AS kind WHERE b.owner <> 10
  UNION ALL
  SELECT 'owner_privileges'
  WHERE b.acl IS NOT NULL AND NOT b.acl @> b.dflt
    AND EXISTS (SELECT 1 FROM aclexplode(b.dflt) d
                WHERE d.grantee = b.owner
                  AND NOT EXISTS (SELECT 1 FROM aclexplode(b.acl) a
                                  WHERE a.grantee = d.grantee AND a.privilege_type = d.privilege_type))
) k
-- (most built-in objects keep the bootstrap owner and a NULL ACL: skipped before the lateral)
WHERE (b.owner <> 10 OR b.acl IS NOT NULL)
  AND (b.classid, b.objid) NOT IN (SELECT e.classid, e.objid FROM pg_extension x JOIN pg_depend e
                                   ON e.refclassid = 'pg_extension'::regclass AND e.refobjid = x.oid
                                   WHERE e.objsubid = 0 AND e.deptype = 'e')
ORDER BY 2, 1
