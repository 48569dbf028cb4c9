-- Views and materialized views, with their columns.
SELECT q.* FROM (
  SELECT c.oid::int8 AS oid, c.relkind = 'm' AS materialized, n.nspname AS schema, c.relname AS name,
         pg_get_viewdef(c.oid, true) AS definition,
         -- Without pretty-printing, which shows an AND nested in another's first operand
         -- (build::view keeps it for such views).
         pg_get_viewdef(c.oid) AS plain_definition,
         -- The TOAST table's storage parameters as `toast.name=value`, as ALTER TABLE sets them.
         coalesce(c.reloptions, '{}') || coalesce((SELECT array_agg('toast.' || o ORDER BY ord)
            FROM pg_class tc, unnest(tc.reloptions) WITH ORDINALITY AS u(o, ord)
            WHERE tc.oid = c.reltoastrelid), '{}') AS options,
         pg_get_userbyid(c.relowner) AS owner,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = c.oid AND dsc.classoid = 'pg_class'::regclass AND dsc.objsubid = 0) AS comment,
         coalesce(c.relacl, acldefault('r', c.relowner))::text[] AS acl,
         (SELECT json_agg(json_build_object('name', a.attname, 'data_type', format_type(a.atttypid, a.atttypmod),
                                            'default', (SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d WHERE d.adrelid = c.oid AND d.adnum = a.attnum),
                                            'comment', (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = c.oid AND dsc.classoid = 'pg_class'::regclass AND dsc.objsubid = a.attnum), 'acl', a.attacl::text[],
                                            -- A materialized view's column settings, read as for tables.
                                            'statistics', CASE WHEN a.attstattarget >= 0 THEN a.attstattarget END,
                                            'storage', CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text END,
                                            'type_storage', CASE WHEN a.attstorage <> t.typstorage THEN t.typstorage::text END,
                                            'compression', CASE {{attcompression}} WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END,
                                            'options', {{user_attoptions:a}}::text[])
                          ORDER BY a.attnum)
          FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
          WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('v', 'm')
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
    AND c.oid NOT IN ({{extension_members:pg_class}})
) q ORDER BY q.schema, q.name
