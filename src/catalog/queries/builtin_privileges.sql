-- Privileges on the server's built-in objects (those initdb made in pg_catalog: oids below
-- 16384, FirstNormalObjectId; and its languages) that differ from what initdb left (pg_init_privs, privtype 'i'), as
-- pg_dump keeps them: `GRANT EXECUTE ON FUNCTION pg_catalog.pg_sleep(...) TO app`, `REVOKE
-- SELECT ON pg_catalog.pg_proc FROM PUBLIC`, column grants on a catalog table. One row per
-- object, in the shape of an extension member's (extensions.sql): its kind, name, owner and its
-- initial and current ACL, NULL read as the kind's default (acldefault) on both sides. The
-- public schema and plpgsql are read elsewhere (schemas.sql, extensions.sql); members of
-- extensions are the extensions'. information_schema is left out, as pg_dump leaves it (its
-- grants postdate pg_init_privs). Each branch first drops the objects whose ACL is the very
-- value initdb recorded (nearly all of them), before any name is looked up.
SELECT m.kind, m.schema, m.name, m.sub, m.owner, m.current, m.initial FROM (
  SELECT CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view'
                        WHEN 'm' THEN 'materialized_view' ELSE 'table' END AS kind,
         'pg_class'::regclass::oid AS classid, c.oid AS oid,
         n.nspname AS schema, c.relname AS name, NULL::text AS sub, pg_get_userbyid(c.relowner) AS owner,
         coalesce(c.relacl, acldefault((CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END)::"char", c.relowner))::text[] AS current,
         coalesce(i.initprivs, acldefault((CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END)::"char", c.relowner))::text[] AS initial
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_init_privs i ON i.classoid = 'pg_class'::regclass AND i.objoid = c.oid AND i.objsubid = 0
  WHERE c.oid < 16384 AND n.nspname = 'pg_catalog' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    AND c.relacl IS DISTINCT FROM i.initprivs
  UNION ALL
  SELECT 'column', 'pg_class'::regclass::oid, c.oid, n.nspname, c.relname, a.attname, pg_get_userbyid(c.relowner),
         coalesce(a.attacl, '{}')::text[], coalesce(i.initprivs, '{}')::text[]
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  -- system columns too (GRANT SELECT (tableoid) ...)
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum <> 0 AND NOT a.attisdropped
  LEFT JOIN pg_init_privs i ON i.classoid = 'pg_class'::regclass AND i.objoid = c.oid AND i.objsubid = a.attnum
  WHERE c.oid < 16384 AND n.nspname = 'pg_catalog' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
    AND a.attacl IS DISTINCT FROM i.initprivs
  UNION ALL
  SELECT CASE p.prokind WHEN 'a' THEN 'aggregate' ELSE 'function' END,
         'pg_proc'::regclass::oid, p.oid, n.nspname, p.proname,
         pg_get_function_identity_arguments(p.oid), pg_get_userbyid(p.proowner),
         coalesce(p.proacl, acldefault('f', p.proowner))::text[],
         coalesce(i.initprivs, acldefault('f', p.proowner))::text[]
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  LEFT JOIN pg_init_privs i ON i.classoid = 'pg_proc'::regclass AND i.objoid = p.oid AND i.objsubid = 0
  WHERE p.oid < 16384 AND n.nspname = 'pg_catalog' AND p.proacl IS DISTINCT FROM i.initprivs
  UNION ALL
  SELECT 'type', 'pg_type'::regclass::oid, t.oid, n.nspname, t.typname, NULL, pg_get_userbyid(t.typowner),
         coalesce(t.typacl, acldefault('T', t.typowner))::text[],
         coalesce(i.initprivs, acldefault('T', t.typowner))::text[]
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  LEFT JOIN pg_init_privs i ON i.classoid = 'pg_type'::regclass AND i.objoid = t.oid AND i.objsubid = 0
  WHERE t.oid < 16384 AND n.nspname = 'pg_catalog' AND t.typacl IS DISTINCT FROM i.initprivs
  UNION ALL
  SELECT 'language', 'pg_language'::regclass::oid, l.oid, NULL, l.lanname, NULL, pg_get_userbyid(l.lanowner),
         coalesce(l.lanacl, acldefault('l', l.lanowner))::text[],
         coalesce(i.initprivs, acldefault('l', l.lanowner))::text[]
  FROM pg_language l
  LEFT JOIN pg_init_privs i ON i.classoid = 'pg_language'::regclass AND i.objoid = l.oid AND i.objsubid = 0
  WHERE l.oid < 16384 AND l.lanacl IS DISTINCT FROM i.initprivs
  UNION ALL
  SELECT 'schema', 'pg_namespace'::regclass::oid, s.oid, NULL, s.nspname, NULL, pg_get_userbyid(s.nspowner),
         coalesce(s.nspacl, acldefault('n', s.nspowner))::text[],
         coalesce(i.initprivs, acldefault('n', s.nspowner))::text[]
  FROM pg_namespace s
  LEFT JOIN pg_init_privs i ON i.classoid = 'pg_namespace'::regclass AND i.objoid = s.oid AND i.objsubid = 0
  WHERE s.nspname = 'pg_catalog' AND s.nspacl IS DISTINCT FROM i.initprivs
) m
WHERE NOT EXISTS (SELECT 1 FROM pg_depend e
                  WHERE e.classid = m.classid AND e.objid = m.oid AND e.deptype = 'e')
  AND ARRAY(SELECT unnest(m.current) ORDER BY 1) <> ARRAY(SELECT unnest(m.initial) ORDER BY 1)
ORDER BY m.kind, m.schema, m.name, m.sub
