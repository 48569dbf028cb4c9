-- User-defined aggregates.
SELECT q.* FROM (
  SELECT p.oid, n.nspname AS schema, p.proname AS name,
         pg_get_function_identity_arguments(p.oid) AS identity_args,
         pg_get_function_arguments(p.oid) AS arguments,
         a.aggkind::text AS kind,
         (SELECT json_build_object('schema', fn.nspname, 'name', f.proname, 'args', pg_get_function_identity_arguments(f.oid))
          FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggtransfn) AS state_function,
         format_type(a.aggtranstype, NULL) AS state_type, a.aggtransspace AS state_space,
         (SELECT json_build_object('schema', fn.nspname, 'name', f.proname, 'args', pg_get_function_identity_arguments(f.oid))
          FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggfinalfn) AS final_function,
         (SELECT json_build_object('schema', fn.nspname, 'name', f.proname, 'args', pg_get_function_identity_arguments(f.oid))
          FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggcombinefn) AS combine_function,
         a.aggfinalextra AS final_extra, a.aggfinalmodify::text AS final_modify,
         (SELECT json_build_object('schema', fn.nspname, 'name', f.proname, 'args', pg_get_function_identity_arguments(f.oid))
          FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggserialfn) AS serial_function,
         (SELECT json_build_object('schema', fn.nspname, 'name', f.proname, 'args', pg_get_function_identity_arguments(f.oid))
          FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggdeserialfn) AS deserial_function,
         CASE WHEN a.aggmtransfn <> 0 THEN json_build_object(
           'state_function', (SELECT json_build_object('schema', fn.nspname, 'name', f.proname, 'args', pg_get_function_identity_arguments(f.oid))
          FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggmtransfn),
           'inverse_function', (SELECT json_build_object('schema', fn.nspname, 'name', f.proname, 'args', pg_get_function_identity_arguments(f.oid))
          FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggminvtransfn),
           'state_type', format_type(a.aggmtranstype, NULL), 'state_space', a.aggmtransspace,
           'final_function', (SELECT json_build_object('schema', fn.nspname, 'name', f.proname, 'args', pg_get_function_identity_arguments(f.oid))
          FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggmfinalfn),
           'final_extra', a.aggmfinalextra, 'final_modify', a.aggmfinalmodify::text,
           'initial_value', a.aggminitval) END AS moving,
         a.agginitval AS initial_value,
         CASE WHEN a.aggsortop <> 0 THEN a.aggsortop::regoperator::text END AS sort_operator,
         p.proparallel::text AS parallel,
         pg_get_userbyid(p.proowner) AS owner,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = p.oid AND dsc.classoid = 'pg_proc'::regclass AND dsc.objsubid = 0) AS comment,
         coalesce(p.proacl, acldefault('f', p.proowner))::text[] AS acl
  FROM pg_proc p
  JOIN pg_aggregate a ON a.aggfnoid = p.oid
  JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
    AND p.oid NOT IN ({{extension_members:pg_proc}})
) q ORDER BY q.schema, q.name, q.identity_args
