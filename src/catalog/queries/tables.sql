-- Tables (ordinary and partitioned) with their columns in attribute order. Identity columns get
-- their sequence from the identities query (a lookup per column here costs more). Column defaults
-- and partition bounds cannot refer to columns, so they are printed without the table as context
-- (relid 0): looking its name up costs a catalog lookup per table in a new backend, which was a
-- third of this query's time on large schemas. Generation expressions do refer to columns.
SELECT q.* FROM (
  SELECT c.oid::int8 AS oid, n.nspname AS schema, c.relname AS name,
         c.relpersistence = 'u' AS unlogged,
         CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
         CASE WHEN c.relispartition THEN
           (SELECT json_build_object('schema', pn.nspname, 'name', pc.relname,
                                     'bound', pg_get_expr(c.relpartbound, 0))
            FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
            WHERE i.inhrelid = c.oid) END AS partition_of,
         (SELECT json_agg(json_build_object('schema', pn.nspname, 'name', pc.relname) ORDER BY i.inhseqno)
          FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
          WHERE i.inhrelid = c.oid AND NOT c.relispartition) AS inherits,
         CASE WHEN c.reloftype <> 0 THEN
           (SELECT json_build_object('schema', tn.nspname, 'name', ty.typname)
            FROM pg_type ty JOIN pg_namespace tn ON tn.oid = ty.typnamespace
            WHERE ty.oid = c.reloftype) END AS of_type,
         c.relreplident::text AS replica_identity,
         (SELECT ic.relname FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid
          WHERE x.indrelid = c.oid AND x.indisreplident) AS replica_identity_index,
         c.relrowsecurity AS rls_enabled, c.relforcerowsecurity AS rls_forced,
         -- The TOAST table's storage parameters as `toast.name=value`, as ALTER TABLE sets them.
         coalesce(c.reloptions, '{}') || coalesce((SELECT array_agg('toast.' || o ORDER BY ord)
            FROM pg_class tc, unnest(tc.reloptions) WITH ORDINALITY AS u(o, ord)
            WHERE tc.oid = c.reltoastrelid), '{}') AS options,
         (SELECT am.amname FROM pg_am am WHERE am.oid = c.relam) AS access_method,
         pg_get_userbyid(c.relowner) AS owner,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = c.oid AND dsc.classoid = 'pg_class'::regclass AND dsc.objsubid = 0) AS comment,
         coalesce(c.relacl, acldefault('r', c.relowner))::text[] AS acl,
         -- Columns as arrays, in ColumnRow's field order: name, num, data_type, collation, not_null,
         -- default, generated, inherited, statistics, storage, type_storage, compression, comment, acl,
         -- default_oid, rewrites_on_add, options.
         (SELECT json_agg(json_build_array(
                   a.attname, a.attnum,
                   format_type(a.atttypid, a.atttypmod),
                   CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN
                      (SELECT json_build_object('schema', cn.nspname, 'name', co.collname)
                       FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
                       WHERE co.oid = a.attcollation) END,
                   a.attnotnull,
                   CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, 0) END,
                   CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
                   NOT a.attislocal,
                   CASE WHEN a.attstattarget >= 0 THEN a.attstattarget END,
                   CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text END,
                   CASE WHEN a.attstorage <> t.typstorage THEN t.typstorage::text END,
                   CASE {{attcompression}} WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END,
                   dsc.description,
                   a.attacl::text[],
                   ad.oid::int8,
                   -- Adding it rewrites the table: a default that calls a volatile function
                   -- (function or operator nodes of the stored expression), or a domain type
                   -- with constraints. (The regular expression, costly on the long node
                   -- text, only runs on a text that names a function at all.)
                   (a.attgenerated = '' AND ad.oid IS NOT NULL
                    AND strpos(ad.adbin::text, 'funcid ') > 0 AND EXISTS (
                      SELECT 1 FROM regexp_matches(ad.adbin::text, 'funcid (\d+)', 'g') f
                      JOIN pg_proc p ON p.oid = f[1]::oid WHERE p.provolatile = 'v'))
                   OR (t.typtype = 'd' AND (t.typnotnull OR t.oid IN (
                      SELECT dc.contypid FROM pg_constraint dc WHERE dc.contypid <> 0))),
                   {{user_attoptions:a}}::text[]
                 ) ORDER BY a.attnum)
          FROM pg_attribute a
          -- Looked up per column (OFFSET 0 keeps the planner from merging the table's few
          -- columns with pg_type walked in oid order: 600 rows a table, a second at 10,000).
          CROSS JOIN LATERAL (SELECT ty.oid, ty.typcollation, ty.typstorage, ty.typtype, ty.typnotnull
                              FROM pg_type ty WHERE ty.oid = a.atttypid OFFSET 0) t
          LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
          LEFT JOIN pg_description dsc ON dsc.objoid = c.oid AND dsc.classoid = 'pg_class'::regclass
                                      AND dsc.objsubid = a.attnum
          WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p')
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
    AND c.oid NOT IN ({{extension_members:pg_class}})
) q ORDER BY q.schema, q.name
