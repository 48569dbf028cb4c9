-- Triggers (not the internal ones that enforce foreign keys), including triggers on tables of
-- excluded schemas: the filter keeps those that call user functions (auth.users -> public.f()).
SELECT q.* FROM (
  SELECT n.nspname AS schema, c.relname AS "table", t.tgname AS name,
         json_build_object('schema', fn.nspname, 'name', f.proname, 'args', pg_get_function_identity_arguments(f.oid)) AS function,
         pg_get_triggerdef(t.oid) AS definition,
         t.tgenabled::text AS enabled,
         t.tgconstraint <> 0 AS constraint_trigger,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = t.oid AND dsc.classoid = 'pg_trigger'::regclass AND dsc.objsubid = 0) AS comment,
         -- The trigger's clones on partitions (at any depth) whose enabled state differs from
         -- their parent trigger's, as [schema, table, state].
         -- Only for triggers that have clones: pg_trigger has no index on tgparentid, so the
         -- subquery scans all of pg_trigger (foreign keys' internal triggers too) per trigger.
         CASE WHEN parents.oid IS NOT NULL THEN (WITH RECURSIVE clones(oid) AS (
            SELECT c.oid FROM pg_trigger c WHERE c.tgparentid = t.oid
            UNION ALL
            SELECT c.oid FROM pg_trigger c JOIN clones ON c.tgparentid = clones.oid)
          SELECT json_agg(json_build_array(cn.nspname, cc.relname, ct.tgenabled::text) ORDER BY cn.nspname, cc.relname)
          FROM clones
          JOIN pg_trigger ct ON ct.oid = clones.oid
          JOIN pg_trigger pt ON pt.oid = ct.tgparentid
          JOIN pg_class cc ON cc.oid = ct.tgrelid
          JOIN pg_namespace cn ON cn.oid = cc.relnamespace
          WHERE ct.tgenabled <> pt.tgenabled) END AS partition_states
  FROM pg_trigger t
  JOIN pg_class c ON c.oid = t.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_proc f ON f.oid = t.tgfoid
  JOIN pg_namespace fn ON fn.oid = f.pronamespace
  LEFT JOIN (SELECT DISTINCT tgparentid AS oid FROM pg_trigger WHERE tgparentid <> 0) parents
    ON parents.oid = t.oid
  WHERE NOT t.tgisinternal AND t.tgparentid = 0
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
    AND c.oid NOT IN ({{extension_members:pg_class}})
) q ORDER BY q.schema, q.table, q.name
