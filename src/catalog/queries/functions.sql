-- Functions, procedures and window functions (aggregates have their own query).
SELECT q.* FROM (
  SELECT p.oid, n.nspname AS schema, p.proname AS name,
         pg_get_function_identity_arguments(p.oid) AS identity_args,
         p.prokind::text AS kind,
         pg_get_functiondef(p.oid) AS definition,
         pg_get_function_arguments(p.oid) AS arguments,
         CASE WHEN p.prokind <> 'p' THEN pg_get_function_result(p.oid) END AS returns,
         l.lanname AS language, p.provolatile::text AS volatility, p.prosecdef AS security_definer,
         p.proisstrict AS strict, p.proleakproof AS leakproof, p.proparallel::text AS parallel,
         coalesce(p.proconfig, '{}') AS config,
         pg_get_userbyid(p.proowner) AS owner,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = p.oid AND dsc.classoid = 'pg_proc'::regclass AND dsc.objsubid = 0) AS comment,
         coalesce(p.proacl, acldefault('f', p.proowner))::text[] AS acl
  FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_language l ON l.oid = p.prolang
  WHERE p.prokind IN ('f', 'p', 'w')
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
    -- extension members, and functions a type made for itself (range and multirange
    -- constructors), which go with their type
    AND p.oid NOT IN ({{extension_members:pg_proc}})
    AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'i')
) q ORDER BY q.schema, q.name, q.identity_args
