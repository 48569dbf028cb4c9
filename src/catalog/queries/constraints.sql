-- Table constraints: primary key, unique, check, foreign key, exclusion. Their columns come as
-- attribute numbers, named from the tables query's columns (a lookup per constraint here costs
-- more than the rest of the row).
SELECT row_to_json(q)::text FROM (
  SELECT k.oid::int8 AS oid, n.nspname AS schema, c.relname AS "table", k.conname AS name, k.contype::text AS kind,
         pg_get_constraintdef(k.oid) AS definition,
         k.conkey AS column_numbers,
         CASE WHEN k.contype = 'f' THEN json_build_object(
           'schema', fn.nspname, 'table', fc.relname,
           'columns', (SELECT array_agg(a.attname ORDER BY u.ord) FROM unnest(k.confkey) WITH ORDINALITY u(attnum, ord)
                       JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum),
           'on_update', k.confupdtype, 'on_delete', k.confdeltype, 'match_type', k.confmatchtype) END AS foreign_key,
         k.condeferrable AS deferrable, k.condeferred AS initially_deferred, k.convalidated AS validated,
         k.connoinherit AS no_inherit, (NOT k.conislocal OR k.conparentid <> 0) AS inherited,
         CASE WHEN k.contype IN ('p', 'u', 'x') AND k.conindid <> 0 THEN
           (SELECT json_build_object('schema', ins.nspname, 'name', ic.relname)
            FROM pg_class ic JOIN pg_namespace ins ON ins.oid = ic.relnamespace WHERE ic.oid = k.conindid) END AS index,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = k.oid AND dsc.classoid = 'pg_constraint'::regclass AND dsc.objsubid = 0) AS comment
  FROM pg_constraint k
  JOIN pg_class c ON c.oid = k.conrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_class fc ON fc.oid = k.confrelid
  LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
  WHERE k.contype IN ('p', 'u', 'c', 'f', 'x') AND c.relkind IN ('r', 'p')
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
    AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
) q ORDER BY q.schema, q.table, q.name
