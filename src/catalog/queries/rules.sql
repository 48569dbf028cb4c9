-- Rewrite rules (other than a view's own `_RETURN` rule) and extended statistics: one row per
-- object, its definition as a JSON object shaped like the model's (`model::rule`). Those of
-- another session's temporary tables are not schema (they go with the session).
SELECT q.class, q.oid, q.schema, q.owner, q.acl, q.subs, NULL::json AS parts, q.spec,
       (SELECT d.description FROM pg_description d
        WHERE d.classoid = q.class AND d.objoid = q.oid AND d.objsubid = 0) AS comment
FROM (
  SELECT 'pg_rewrite'::regclass::oid AS class, r.oid, n.nspname AS schema, NULL::text AS owner,
         NULL::text[] AS acl, NULL::int[] AS subs,
         json_build_object('kind', 'rule', 'table', quote_ident(n.nspname) || '.' || quote_ident(c.relname),
           'name', r.rulename, 'definition', pg_get_ruledef(r.oid), 'enabled', r.ev_enabled::text) AS spec
  FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE r.rulename <> '_RETURN' AND r.oid >= 16384
    AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
  UNION ALL
  SELECT 'pg_statistic_ext'::regclass::oid, s.oid, n.nspname, pg_get_userbyid(s.stxowner), NULL, NULL,
         json_build_object('kind', 'statistics', 'name', quote_ident(n.nspname) || '.' || quote_ident(s.stxname),
           'table', quote_ident(tn.nspname) || '.' || quote_ident(c.relname),
           'definition', pg_get_statisticsobjdef(s.oid),
           'target', CASE WHEN s.stxstattarget >= 0 THEN s.stxstattarget END)
  FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
  JOIN pg_class c ON c.oid = s.stxrelid JOIN pg_namespace tn ON tn.oid = c.relnamespace
  WHERE tn.nspname NOT LIKE 'pg\_temp\_%' AND tn.nspname NOT LIKE 'pg\_toast\_temp\_%'
) q
-- Objects of extensions, and objects another one made for itself (a range type's casts to its
-- multirange), are not the user's to create.
WHERE NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = q.class AND e.objid = q.oid AND e.deptype IN ('e', 'i'))
ORDER BY q.class, q.oid
