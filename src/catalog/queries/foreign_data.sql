-- Foreign data wrappers, foreign servers, user mappings, foreign tables and the subscriptions of
-- this database: one row per object, its definition as a JSON object shaped like the model's
-- (`model::foreign`). User mappings are read through pg_user_mappings, which shows their
-- options only to who may see them; a subscription's connection string only when the role may
-- read it ({{subconninfo}} is NULL otherwise, and the model holds it as an unknown secret).
WITH fn AS MATERIALIZED (
  SELECT p.oid, quote_ident(n.nspname) || '.' || quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS ref
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
)
-- A foreign table's CHECK constraints stand for it (`parts`): what they call or cast to is
-- what the table depends on.
SELECT q.class, q.oid, q.schema, q.owner, q.acl, q.subs,
       CASE WHEN q.class = 'pg_class'::regclass THEN
         (SELECT json_agg(json_build_array('pg_constraint'::regclass::oid::int8, k.oid::int8) ORDER BY k.oid)
          FROM pg_constraint k WHERE k.conrelid = q.oid) END AS parts,
       q.spec,
       coalesce((SELECT d.description FROM pg_description d
                 WHERE d.classoid = q.class AND d.objoid = q.oid AND d.objsubid = 0),
                (SELECT d.description FROM pg_shdescription d
                 WHERE d.classoid = q.class AND d.objoid = q.oid)) AS comment
FROM (
  SELECT 'pg_foreign_data_wrapper'::regclass::oid AS class, w.oid, NULL::name AS schema,
         pg_get_userbyid(w.fdwowner) AS owner, w.fdwacl::text[] AS acl, NULL::int[] AS subs,
         json_build_object('kind', 'foreign_data_wrapper', 'name', w.fdwname,
           'handler', (SELECT ref FROM fn WHERE fn.oid = w.fdwhandler),
           'validator', (SELECT ref FROM fn WHERE fn.oid = w.fdwvalidator),
           'options', coalesce(w.fdwoptions, '{}')) AS spec
  FROM pg_foreign_data_wrapper w
  WHERE w.oid >= 16384
  UNION ALL
  SELECT 'pg_foreign_server'::regclass::oid, s.oid, NULL, pg_get_userbyid(s.srvowner), s.srvacl::text[], NULL,
         json_build_object('kind', 'foreign_server', 'name', s.srvname,
           'wrapper', (SELECT w.fdwname FROM pg_foreign_data_wrapper w WHERE w.oid = s.srvfdw),
           'server_type', s.srvtype, 'version', s.srvversion, 'options', coalesce(s.srvoptions, '{}'))
  FROM pg_foreign_server s
  WHERE s.oid >= 16384
  UNION ALL
  SELECT 'pg_user_mapping'::regclass::oid, m.umid, NULL, NULL, NULL, NULL,
         json_build_object('kind', 'user_mapping',
           'user', CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE m.usename END,
           'server', m.srvname, 'options', coalesce(m.umoptions, '{}'))
  FROM pg_user_mappings m
  WHERE m.umid >= 16384
  UNION ALL
  SELECT 'pg_class'::regclass::oid, c.oid, n.nspname, pg_get_userbyid(c.relowner), c.relacl::text[],
         (SELECT array_agg(a.attnum ORDER BY a.attnum) FROM pg_attribute a
          WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
         json_build_object('kind', 'foreign_table', 'name', quote_ident(n.nspname) || '.' || quote_ident(c.relname),
           'server', (SELECT s.srvname FROM pg_foreign_server s WHERE s.oid = f.ftserver),
           'options', coalesce(f.ftoptions, '{}'),
           'columns', coalesce((
             SELECT json_agg(json_build_object('name', a.attname, 'data_type', format_type(a.atttypid, a.atttypmod),
                      -- Only from INHERITS parents (a partition's columns are all written out).
                      'inherited', NOT a.attislocal AND NOT c.relispartition,
                      -- Settings as a table column's (catalog::build reads tables' the same way).
                      'settings', json_strip_nulls(json_build_object(
                        'statistics', CASE WHEN a.attstattarget >= 0 THEN a.attstattarget END,
                        'storage', CASE WHEN a.attstorage <> t.typstorage THEN
                                     json_build_object('storage', CASE a.attstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external'
                                                         WHEN 'm' THEN 'main' ELSE 'extended' END,
                                                       'type_default', CASE t.typstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external'
                                                         WHEN 'm' THEN 'main' ELSE 'extended' END) END,
                        'options', {{user_attoptions:a}}::text[])),
                      'not_null', a.attnotnull,
                      -- A stored generated column keeps its expression where a default goes.
                      'default', (SELECT pg_get_expr(ad.adbin, ad.adrelid) FROM pg_attrdef ad
                                  WHERE ad.adrelid = a.attrelid AND ad.adnum = a.attnum AND a.attgenerated = ''),
                      'generated', (SELECT pg_get_expr(ad.adbin, ad.adrelid) FROM pg_attrdef ad
                                    WHERE ad.adrelid = a.attrelid AND ad.adnum = a.attnum AND a.attgenerated = 's'),
                      'collation', CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN
                                     (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                                      FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
                                      WHERE co.oid = a.attcollation) END,
                      'options', coalesce(a.attfdwoptions, '{}'),
                      'comment', (SELECT d.description FROM pg_description d WHERE d.classoid = 'pg_class'::regclass
                                  AND d.objoid = c.oid AND d.objsubid = a.attnum),
                      -- Column privileges as a table column's (catalog::column_grants): the
                      -- grantor named where it is not the owner; sorted as the model sorts them.
                      'privileges', coalesce((
                        SELECT json_agg(json_build_object(
                                 'grantee', g.grantee, 'privilege', g.privilege,
                                 'grantable', g.grantable, 'grantor', g.grantor)
                               ORDER BY g.grantee COLLATE "C", g.privilege COLLATE "C", g.grantable,
                                        g.grantor COLLATE "C" NULLS FIRST)
                        FROM (SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee)::text END AS grantee,
                                     x.privilege_type AS privilege, x.is_grantable AS grantable,
                                     CASE WHEN x.grantor <> c.relowner THEN pg_get_userbyid(x.grantor)::text END AS grantor
                              FROM aclexplode(a.attacl) x) g), '[]')) ORDER BY a.attnum)
             FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '[]'),
           -- CHECK constraints, by name (the other kinds do not exist on foreign tables).
           'checks', coalesce((
             SELECT json_agg(json_build_object('name', k.conname, 'definition', pg_get_constraintdef(k.oid),
                      'inherited', NOT k.conislocal,
                      'comment', (SELECT d.description FROM pg_description d
                                  WHERE d.classoid = 'pg_constraint'::regclass AND d.objoid = k.oid))
                    ORDER BY k.conname COLLATE "C")
             FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'c'), '[]'),
           -- A partition's parent and bound; or the tables it inherits from, in order.
           'partition_of', CASE WHEN c.relispartition THEN
             (SELECT json_build_object('parent', quote_ident(pn.nspname) || '.' || quote_ident(pc.relname),
                                       'bound', pg_get_expr(c.relpartbound, c.oid))
              FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
              WHERE i.inhrelid = c.oid) END,
           'inherits', CASE WHEN NOT c.relispartition THEN coalesce((
             SELECT json_agg(quote_ident(pn.nspname) || '.' || quote_ident(pc.relname) ORDER BY i.inhseqno)
             FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
             WHERE i.inhrelid = c.oid), '[]') ELSE '[]' END)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_foreign_table f ON f.ftrelid = c.oid
  WHERE c.relkind = 'f'
  UNION ALL
  SELECT 'pg_subscription'::regclass::oid, s.oid, NULL, pg_get_userbyid(s.subowner), NULL, NULL,
         json_build_object('kind', 'subscription', 'name', s.subname,
           'connection', coalesce({{subconninfo}}, 'pgshift-secret:unset'),
           'publications', to_json(s.subpublications), 'slot_name', s.subslotname,
           'binary', {{subbinary}}, 'streaming', {{substream}}, 'two_phase', {{subtwophase}},
           'disable_on_error', {{subdisableonerr}}, 'synchronous_commit', s.subsynccommit)
  FROM pg_subscription s
  WHERE s.subdbid = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
) q
-- Objects of extensions, and objects another one made for itself (a range type's casts to its
-- multirange), are not the user's to create.
WHERE NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = q.class AND e.objid = q.oid AND e.deptype IN ('e', 'i'))
ORDER BY q.class, q.oid
