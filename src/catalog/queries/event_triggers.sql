-- Event triggers.
SELECT q.* FROM (
  SELECT t.evtname AS name, t.evtevent AS event,
         json_build_object('schema', fn.nspname, 'name', f.proname, 'args', pg_get_function_identity_arguments(f.oid)) AS function,
         coalesce(t.evttags, '{}') AS tags, t.evtenabled::text AS enabled,
         pg_get_userbyid(t.evtowner) AS owner,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = t.oid AND dsc.classoid = 'pg_event_trigger'::regclass AND dsc.objsubid = 0) AS comment
  FROM pg_event_trigger t
  JOIN pg_proc f ON f.oid = t.evtfoid
  JOIN pg_namespace fn ON fn.oid = f.pronamespace
  WHERE NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_event_trigger'::regclass AND e.objid = t.oid AND e.deptype = 'e')
) q ORDER BY q.name
