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
), measured AS (
  -- Each partition's figures once, by the statistics functions behind pg_stat_user_tables
  -- (through the view, every table's row of it was built again for each table asked about).
  SELECT p.root,
         CASE WHEN bool_and(c.reltuples >= 0) THEN sum(c.reltuples)::int8 END AS rows,
         coalesce(sum(pg_total_relation_size(p.relid)), 0)::int8 AS bytes,
         sum(pg_stat_get_mod_since_analyze(p.relid))::int8 AS writes,
         extract(epoch FROM now() - min(greatest(pg_stat_get_last_analyze_time(p.relid),
                                                 pg_stat_get_last_autoanalyze_time(p.relid))))::int8
           AS seconds
  FROM parts p JOIN pg_class c ON c.oid = p.relid
  GROUP BY p.root
)
SELECT w.nspname AS schema, w.relname AS name, m.rows, m.bytes, m.writes, m.seconds
FROM wanted w JOIN measured m ON m.root = w.oid
ORDER BY 1, 2
