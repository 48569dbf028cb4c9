-- Indexes on tables and materialized views, including those that enforce constraints. A plain
-- index (columns only, default operator classes without parameters, default collations, no
-- storage parameters; a predicate or none; any ordering) comes without a definition: the client
-- writes it as pg_get_indexdef would (the predicate is sent anyway, and each key column's DESC
-- and NULLS options from `indoption`), which saves the server deparsing each index a second time
-- on large schemas. Key and INCLUDE columns come as attribute numbers (indkey, the first key_count of
-- them keys), named by the client from the tables and views queries; an index on expressions
-- sends its key columns as text. The constraint an index enforces is named by the client from
-- the constraints query.
SELECT q.* FROM (
  SELECT ic.oid, n.nspname AS schema, ic.relname AS name, tn.nspname AS table_schema, tc.relname AS "table",
         CASE WHEN x.indexprs IS NULL AND ic.reloptions IS NULL
                   AND NOT {{indnullsnotdistinct}}
                   AND x.indclass::oid[] <@ (SELECT array_agg(oc.oid) FROM pg_opclass oc WHERE oc.opcdefault)
                   -- An index column's own attribute holds its collation and options.
                   AND NOT EXISTS (
                     SELECT 1 FROM pg_attribute ia
                     WHERE ia.attrelid = x.indexrelid
                       AND ({{user_attoptions:ia}} IS NOT NULL
                            OR (ia.attcollation <> 0 AND ia.attcollation <> (
                                  SELECT a.attcollation FROM pg_attribute a
                                  WHERE a.attrelid = x.indrelid AND a.attnum = x.indkey[ia.attnum - 1]))))
              THEN NULL ELSE pg_get_indexdef(x.indexrelid) END AS definition,
         ic.relkind = 'I' AS partitioned,
         am.amname AS method, x.indisunique AS "unique", x.indisprimary AS "primary",
         CASE WHEN x.indexprs IS NOT NULL THEN
           (SELECT array_agg(CASE WHEN a.attname IS NOT NULL THEN quote_ident(a.attname)
                                  ELSE pg_get_indexdef(x.indexrelid, k, true) END ORDER BY k)
            FROM generate_series(1, x.indnkeyatts) k
            LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[k - 1]) END AS key_columns,
         x.indrelid AS table_oid, x.indkey::int2[] AS column_numbers, x.indnkeyatts AS key_count,
         CASE WHEN 0 <> ANY (x.indoption::int2[]) THEN x.indoption::int2[] END AS key_options,
         pg_get_expr(x.indpred, x.indrelid) AS predicate,
         (SELECT json_build_object('schema', pn.nspname, 'name', pc.relname)
          FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
          WHERE i.inhrelid = x.indexrelid) AS parent,
         {{indnullsnotdistinct}} AS nulls_not_distinct,
         x.indisvalid AS valid,
         -- Key columns that take a user-defined default operator class: pg_get_indexdef leaves
         -- a default class out, and before that class exists the built-in one is the default.
         (SELECT json_agg(json_build_array(k, ocn.nspname, oc.opcname) ORDER BY k)
          FROM generate_series(1, x.indnkeyatts) k
          JOIN pg_opclass oc ON oc.oid = x.indclass[k - 1]
          JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
          WHERE oc.opcdefault AND ocn.nspname <> 'pg_catalog'
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_opclass'::regclass
                              AND d.objid = oc.oid AND d.deptype = 'e')) AS default_classes,
         x.indisclustered AS clustered, ic.reloptions AS options,
         -- Statistics targets set on index columns (-1 before 17 and NULL from 17 on: not set).
         (SELECT json_object_agg(ia.attnum, ia.attstattarget ORDER BY ia.attnum) FROM pg_attribute ia
          WHERE ia.attrelid = x.indexrelid AND ia.attstattarget >= 0) AS statistics,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = ic.oid AND dsc.classoid = 'pg_class'::regclass AND dsc.objsubid = 0) AS comment
  FROM pg_index x
  JOIN pg_class ic ON ic.oid = x.indexrelid
  JOIN pg_namespace n ON n.oid = ic.relnamespace
  JOIN pg_class tc ON tc.oid = x.indrelid
  JOIN pg_namespace tn ON tn.oid = tc.relnamespace
  JOIN pg_am am ON am.oid = ic.relam
  WHERE tc.relkind IN ('r', 'p', 'm')
    AND tn.nspname NOT LIKE 'pg\_%' AND tn.nspname <> 'information_schema'
    AND tc.oid NOT IN ({{extension_members:pg_class}})
) q ORDER BY q.schema, q.name
