-- Installed extensions (plpgsql included: it is an extension too), with the versions an update
-- can reach from the installed one (from the scripts this server has), the types the
-- extension creates (columns using them are parked as text when it must be recreated), and the
-- privileges on its members that differ from those its script left (pg_init_privs), as pg_dump
-- keeps them: each member's kind, name and its initial and current ACL, NULL read as the
-- kind's default (acldefault) on both sides.
WITH member AS MATERIALIZED (
  SELECT d.refobjid AS ext, m.*
  FROM pg_depend d
  CROSS JOIN LATERAL (
    SELECT CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view'
                          WHEN 'm' THEN 'materialized_view' ELSE 'table' END AS kind,
           n.nspname AS schema, c.relname AS name, NULL::text AS sub, pg_get_userbyid(c.relowner) AS owner,
           coalesce(c.relacl, acldefault((CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END)::"char", c.relowner))::text[] AS current,
           coalesce(i.initprivs, acldefault((CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END)::"char", c.relowner))::text[] AS initial
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_init_privs i ON i.classoid = d.classid AND i.objoid = c.oid AND i.objsubid = 0
    WHERE d.classid = 'pg_class'::regclass AND c.oid = d.objid AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    UNION ALL
    SELECT 'column', n.nspname, c.relname, a.attname, pg_get_userbyid(c.relowner),
           coalesce(a.attacl, '{}')::text[], coalesce(i.initprivs, '{}')::text[]
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_init_privs i ON i.classoid = d.classid AND i.objoid = c.oid AND i.objsubid = a.attnum
    WHERE d.classid = 'pg_class'::regclass AND c.oid = d.objid AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
    UNION ALL
    SELECT CASE p.prokind WHEN 'a' THEN 'aggregate' ELSE 'function' END, n.nspname, p.proname,
           pg_get_function_identity_arguments(p.oid), pg_get_userbyid(p.proowner),
           coalesce(p.proacl, acldefault('f', p.proowner))::text[],
           coalesce(i.initprivs, acldefault('f', p.proowner))::text[]
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    LEFT JOIN pg_init_privs i ON i.classoid = d.classid AND i.objoid = p.oid AND i.objsubid = 0
    WHERE d.classid = 'pg_proc'::regclass AND p.oid = d.objid
    UNION ALL
    SELECT 'type', n.nspname, t.typname, NULL, pg_get_userbyid(t.typowner),
           coalesce(t.typacl, acldefault('T', t.typowner))::text[],
           coalesce(i.initprivs, acldefault('T', t.typowner))::text[]
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    LEFT JOIN pg_init_privs i ON i.classoid = d.classid AND i.objoid = t.oid AND i.objsubid = 0
    WHERE d.classid = 'pg_type'::regclass AND t.oid = d.objid
    UNION ALL
    SELECT 'language', NULL, l.lanname, NULL, pg_get_userbyid(l.lanowner),
           coalesce(l.lanacl, acldefault('l', l.lanowner))::text[],
           coalesce(i.initprivs, acldefault('l', l.lanowner))::text[]
    FROM pg_language l
    LEFT JOIN pg_init_privs i ON i.classoid = d.classid AND i.objoid = l.oid AND i.objsubid = 0
    WHERE d.classid = 'pg_language'::regclass AND l.oid = d.objid
    UNION ALL
    SELECT 'schema', NULL, s.nspname, NULL, pg_get_userbyid(s.nspowner),
           coalesce(s.nspacl, acldefault('n', s.nspowner))::text[],
           coalesce(i.initprivs, acldefault('n', s.nspowner))::text[]
    FROM pg_namespace s
    LEFT JOIN pg_init_privs i ON i.classoid = d.classid AND i.objoid = s.oid AND i.objsubid = 0
    WHERE d.classid = 'pg_namespace'::regclass AND s.oid = d.objid
    UNION ALL
    SELECT 'foreign_data_wrapper', NULL, w.fdwname, NULL, pg_get_userbyid(w.fdwowner),
           coalesce(w.fdwacl, acldefault('F', w.fdwowner))::text[],
           coalesce(i.initprivs, acldefault('F', w.fdwowner))::text[]
    FROM pg_foreign_data_wrapper w
    LEFT JOIN pg_init_privs i ON i.classoid = d.classid AND i.objoid = w.oid AND i.objsubid = 0
    WHERE d.classid = 'pg_foreign_data_wrapper'::regclass AND w.oid = d.objid
    UNION ALL
    SELECT 'server', NULL, s.srvname, NULL, pg_get_userbyid(s.srvowner),
           coalesce(s.srvacl, acldefault('S', s.srvowner))::text[],
           coalesce(i.initprivs, acldefault('S', s.srvowner))::text[]
    FROM pg_foreign_server s
    LEFT JOIN pg_init_privs i ON i.classoid = d.classid AND i.objoid = s.oid AND i.objsubid = 0
    WHERE d.classid = 'pg_foreign_server'::regclass AND s.oid = d.objid
  ) m
  WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
    AND ARRAY(SELECT unnest(m.current) ORDER BY 1) <> ARRAY(SELECT unnest(m.initial) ORDER BY 1)
)
SELECT q.* FROM (
  SELECT x.extname AS name, n.nspname AS schema, x.extversion AS version, x.extrelocatable AS relocatable,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = x.oid AND dsc.classoid = 'pg_extension'::regclass AND dsc.objsubid = 0) AS comment,
         ARRAY(SELECT p.target FROM pg_extension_update_paths(x.extname) p
               WHERE p.source = x.extversion AND p.path IS NOT NULL ORDER BY p.target) AS update_targets,
         ARRAY(SELECT format_type(d.objid, NULL) FROM pg_depend d
               WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = x.oid
                 AND d.classid = 'pg_type'::regclass AND d.deptype = 'e' ORDER BY 1) AS member_types,
         (SELECT json_agg(json_build_object('kind', m.kind, 'schema', m.schema, 'name', m.name,
                   'sub', m.sub, 'owner', m.owner, 'current', m.current, 'initial', m.initial)
                   ORDER BY m.kind, m.schema, m.name, m.sub)
          FROM member m WHERE m.ext = x.oid) AS member_privileges
  FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
) q ORDER BY q.name
