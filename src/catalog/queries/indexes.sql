-- Indexes on tables and materialized views, including those that enforce constraints. A plain
-- index (columns only, default operator classes without parameters, default collations and
-- ordering, no predicate, no storage parameters) comes without a definition: the client writes it as pg_get_indexdef
-- would, which saves the server building a relation cache entry per index on large schemas.
SELECT row_to_json(q)::text FROM (
  SELECT ic.oid::int8 AS oid, n.nspname AS schema, ic.relname AS name, tn.nspname AS table_schema, tc.relname AS "table",
         CASE WHEN x.indexprs IS NULL AND x.indpred IS NULL AND ic.reloptions IS NULL
                   AND NOT {{indnullsnotdistinct}}
                   AND NOT EXISTS (
                     SELECT 1 FROM generate_series(0, x.indnkeyatts - 1) k
                     JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[k]
                     JOIN pg_opclass oc ON oc.oid = x.indclass[k]
                     JOIN pg_attribute ia ON ia.attrelid = x.indexrelid AND ia.attnum = k + 1
                     WHERE x.indoption[k] <> 0 OR NOT oc.opcdefault OR ia.attoptions IS NOT NULL
                        OR (x.indcollation[k] <> 0 AND x.indcollation[k] <> a.attcollation))
              THEN NULL ELSE pg_get_indexdef(x.indexrelid) END AS definition,
         ic.relkind = 'I' AS partitioned,
         am.amname AS method, x.indisunique AS "unique", x.indisprimary AS "primary",
         (SELECT array_agg(CASE WHEN a.attname IS NOT NULL THEN quote_ident(a.attname)
                                ELSE pg_get_indexdef(x.indexrelid, k, true) END ORDER BY k)
          FROM generate_series(1, x.indnkeyatts) k
          LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[k - 1]) AS key_columns,
         (SELECT array_agg(quote_ident(a.attname) ORDER BY k)
          FROM generate_series(x.indnkeyatts + 1, x.indnatts) k
          JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[k - 1]) AS include_columns,
         pg_get_expr(x.indpred, x.indrelid) AS predicate,
         (SELECT k.conname FROM pg_constraint k
          WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid AND k.contype IN ('p', 'u', 'x')) AS "constraint",
         (SELECT json_build_object('schema', pn.nspname, 'name', pc.relname)
          FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
          WHERE i.inhrelid = x.indexrelid) AS parent,
         {{indnullsnotdistinct}} AS nulls_not_distinct,
         x.indisvalid AS valid,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = ic.oid AND dsc.classoid = 'pg_class'::regclass AND dsc.objsubid = 0) AS comment
  FROM pg_index x
  JOIN pg_class ic ON ic.oid = x.indexrelid
  JOIN pg_namespace n ON n.oid = ic.relnamespace
  JOIN pg_class tc ON tc.oid = x.indrelid
  JOIN pg_namespace tn ON tn.oid = tc.relnamespace
  JOIN pg_am am ON am.oid = ic.relam
  WHERE tc.relkind IN ('r', 'p', 'm')
    AND tn.nspname NOT LIKE 'pg\_%' AND tn.nspname <> 'information_schema'
    AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_class'::regclass AND e.objid = tc.oid AND e.deptype = 'e')
) q ORDER BY q.schema, q.name
