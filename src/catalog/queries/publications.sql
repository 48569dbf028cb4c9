-- Publications with their tables (column lists and row filters on 15+) and schemas (15+).
SELECT q.* FROM (
  SELECT p.pubname AS name, p.puballtables AS all_tables,
         p.pubinsert AS "insert", p.pubupdate AS "update", p.pubdelete AS "delete", p.pubtruncate AS "truncate",
         p.pubviaroot AS via_root,
         (SELECT json_agg(json_build_object('schema', n.nspname, 'table', c.relname,
                   'columns', {{prattrs}}, 'row_filter', {{prqual}}) ORDER BY n.nspname, c.relname)
          FROM pg_publication_rel r JOIN pg_class c ON c.oid = r.prrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE r.prpubid = p.oid) AS tables,
         {{pubschemas}} AS schemas,
         pg_get_userbyid(p.pubowner) AS owner,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = p.oid AND dsc.classoid = 'pg_publication'::regclass AND dsc.objsubid = 0) AS comment
  FROM pg_publication p
) q ORDER BY q.name
