-- How big and how busy the tables named by $1 (schemas) and $2 (names) are: the planner's row
-- estimate, the total size on disk (table, indexes, TOAST), summed over the leaf partitions of
-- a partitioned table, and the rows written since statistics were last gathered with how many
-- seconds ago that was (pg_stat_user_tables, when the statistics collector has them).
WITH wanted AS (
  SELECT c.oid, c.relkind, n.nspname, c.relname
  FROM unnest($1::text[], $2::text[]) AS q(schema, name)
  JOIN pg_namespace n ON n.nspname = q.schema
  JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = q.name
  WHERE c.relkind IN ('r', 'p', 'm')
), parts AS (
  SELECT w.oid AS root, coalesce(t.relid, w.oid) AS relid
  FROM wanted w
  LEFT JOIN LATERAL (SELECT p.relid FROM pg_partition_tree(w.oid) p WHERE p.isleaf) t
    ON w.relkind = 'p'
)
SELECT w.nspname AS schema, w.relname AS name,
       (SELECT CASE WHEN bool_and(c.reltuples >= 0) THEN sum(c.reltuples)::int8 END
        FROM parts p JOIN pg_class c ON c.oid = p.relid WHERE p.root = w.oid) AS rows,
       (SELECT coalesce(sum(pg_total_relation_size(p.relid)), 0)::int8
        FROM parts p WHERE p.root = w.oid) AS bytes,
       (SELECT sum(s.n_mod_since_analyze)::int8
        FROM parts p JOIN pg_stat_user_tables s ON s.relid = p.relid WHERE p.root = w.oid) AS writes,
       (SELECT extract(epoch FROM now() - min(greatest(s.last_analyze, s.last_autoanalyze)))::int8
        FROM parts p JOIN pg_stat_user_tables s ON s.relid = p.relid WHERE p.root = w.oid) AS seconds
FROM wanted w
ORDER BY 1, 2
