-- Procedural languages and transforms: one row per object, its definition as a JSON object
-- shaped like the model's (`model::language`). Languages of extensions (plpgsql) and of the
-- system (oids below 16384: internal, c, sql) are left out, and so are transforms of
-- extensions. A language's ACL reads NULL as its default (the owner and PUBLIC may use it),
-- which stays so for an untrusted language (PostgreSQL refuses GRANT and REVOKE on those).
WITH fn AS MATERIALIZED (
  SELECT p.oid, quote_ident(n.nspname) || '.' || quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS ref
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
)
SELECT q.class, q.oid, q.schema, q.owner, q.acl, q.subs, NULL::json AS parts, q.spec,
       (SELECT d.description FROM pg_description d
        WHERE d.classoid = q.class AND d.objoid = q.oid AND d.objsubid = 0) AS comment
FROM (
  -- Languages.
  SELECT 'pg_language'::regclass::oid AS class, l.oid, NULL::text AS schema,
         pg_get_userbyid(l.lanowner) AS owner,
         coalesce(l.lanacl, acldefault('l', l.lanowner))::text[] AS acl, NULL::int[] AS subs,
         json_build_object('kind', 'language', 'name', l.lanname, 'trusted', l.lanpltrusted,
           'handler', (SELECT ref FROM fn WHERE fn.oid = l.lanplcallfoid),
           'inline', (SELECT ref FROM fn WHERE fn.oid = l.laninline),
           'validator', (SELECT ref FROM fn WHERE fn.oid = l.lanvalidator)) AS spec
  FROM pg_language l
  WHERE l.oid >= 16384
  UNION ALL
  -- Transforms (no owner: they belong to their type's and language's owners).
  SELECT 'pg_transform'::regclass::oid, t.oid, NULL, NULL, NULL, NULL,
         json_build_object('kind', 'transform', 'data_type', format_type(t.trftype, NULL),
           'language', l.lanname,
           'from_sql', (SELECT ref FROM fn WHERE fn.oid = t.trffromsql),
           'to_sql', (SELECT ref FROM fn WHERE fn.oid = t.trftosql))
  FROM pg_transform t JOIN pg_language l ON l.oid = t.trflang
  WHERE t.oid >= 16384
) q
WHERE NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = q.class AND e.objid = q.oid AND e.deptype IN ('e', 'i'))
ORDER BY q.class, q.oid
