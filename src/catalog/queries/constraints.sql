-- Table constraints: primary key, unique, check, foreign key, exclusion. Columns come as attribute
-- numbers and the constraint's index as its oid: the client names them from the tables and
-- indexes queries. The client also writes the definitions of primary keys, unique constraints,
-- foreign keys and checks as pg_get_constraintdef would (build::constraint_definition), a check
-- from its expression: pg_get_constraintdef looks the constraint, its table and its columns up
-- one at a time, which in a new backend was most of this query's time on large schemas.
-- Exclusion constraints, and foreign keys whose ON DELETE names columns, come from the server.
-- A foreign key to a table of an extension (which the tables query leaves out) has its
-- referenced columns named here.
SELECT q.* FROM (
  SELECT k.oid, n.nspname AS schema, c.relname AS "table", k.conname AS name, k.contype::text AS kind,
         CASE WHEN k.contype IN ('p', 'u', 'c') OR (k.contype = 'f' AND {{confdelsetcols}} IS NULL) THEN NULL
              ELSE pg_get_constraintdef(k.oid) END AS definition,
         CASE WHEN k.contype = 'c' THEN pg_get_expr(k.conbin, k.conrelid) END AS expression,
         k.conkey AS column_numbers,
         CASE WHEN k.contype = 'f' THEN json_build_object(
           'schema', fn.nspname, 'table', fc.relname, 'oid', k.confrelid::int8, 'column_numbers', k.confkey,
           'columns', CASE WHEN k.confrelid IN ({{extension_members:pg_class}})
                      THEN (SELECT array_agg(a.attname ORDER BY u.ord) FROM unnest(k.confkey) WITH ORDINALITY u(attnum, ord)
                            JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum) END,
           'on_update', k.confupdtype, 'on_delete', k.confdeltype, 'match_type', k.confmatchtype) END AS foreign_key,
         k.condeferrable AS deferrable, k.condeferred AS initially_deferred, k.convalidated AS validated,
         k.connoinherit AS no_inherit, (NOT k.conislocal OR k.conparentid <> 0) AS inherited,
         CASE WHEN k.contype IN ('p', 'u', 'x') THEN k.conindid END AS index_oid,
         dsc.description AS comment
  FROM pg_constraint k
  JOIN pg_class c ON c.oid = k.conrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_class fc ON fc.oid = k.confrelid
  LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
  LEFT JOIN pg_description dsc ON dsc.objoid = k.oid AND dsc.classoid = 'pg_constraint'::regclass AND dsc.objsubid = 0
  WHERE k.contype IN ('p', 'u', 'c', 'f', 'x') AND c.relkind IN ('r', 'p')
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
    AND c.oid NOT IN ({{extension_members:pg_class}})
) q ORDER BY q.schema, q.table, q.name
