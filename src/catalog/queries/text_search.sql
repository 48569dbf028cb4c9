-- Text search parsers, templates, dictionaries and configurations: one row per object, its
-- definition as a JSON object shaped like the model's (`model::text_search`).
WITH fn AS MATERIALIZED (
  SELECT p.oid, quote_ident(n.nspname) || '.' || quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS ref
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
)
SELECT q.class, q.oid, q.schema, q.owner, q.acl, q.subs, NULL::json AS parts, q.spec,
       (SELECT d.description FROM pg_description d
        WHERE d.classoid = q.class AND d.objoid = q.oid AND d.objsubid = 0) AS comment
FROM (
  SELECT 'pg_ts_parser'::regclass::oid AS class, p.oid, n.nspname AS schema, NULL::text AS owner,
         NULL::text[] AS acl, NULL::int[] AS subs,
         json_build_object('kind', 'text_search_parser', 'name', quote_ident(n.nspname) || '.' || quote_ident(p.prsname),
           'start', (SELECT ref FROM fn WHERE fn.oid = p.prsstart),
           'get_token', (SELECT ref FROM fn WHERE fn.oid = p.prstoken),
           'end', (SELECT ref FROM fn WHERE fn.oid = p.prsend),
           'lex_types', (SELECT ref FROM fn WHERE fn.oid = p.prslextype),
           'headline', (SELECT ref FROM fn WHERE fn.oid = p.prsheadline)) AS spec
  FROM pg_ts_parser p JOIN pg_namespace n ON n.oid = p.prsnamespace
  WHERE p.oid >= 16384
  UNION ALL
  SELECT 'pg_ts_template'::regclass::oid, t.oid, n.nspname, NULL, NULL, NULL,
         json_build_object('kind', 'text_search_template', 'name', quote_ident(n.nspname) || '.' || quote_ident(t.tmplname),
           'init', (SELECT ref FROM fn WHERE fn.oid = t.tmplinit),
           'lexize', (SELECT ref FROM fn WHERE fn.oid = t.tmpllexize))
  FROM pg_ts_template t JOIN pg_namespace n ON n.oid = t.tmplnamespace
  WHERE t.oid >= 16384
  UNION ALL
  SELECT 'pg_ts_dict'::regclass::oid, d.oid, n.nspname, pg_get_userbyid(d.dictowner), NULL, NULL,
         json_build_object('kind', 'text_search_dictionary', 'name', quote_ident(n.nspname) || '.' || quote_ident(d.dictname),
           'template', (SELECT quote_ident(tn.nspname) || '.' || quote_ident(t.tmplname)
                        FROM pg_ts_template t JOIN pg_namespace tn ON tn.oid = t.tmplnamespace WHERE t.oid = d.dicttemplate),
           'options', d.dictinitoption)
  FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
  WHERE d.oid >= 16384
  UNION ALL
  SELECT 'pg_ts_config'::regclass::oid, c.oid, n.nspname, pg_get_userbyid(c.cfgowner), NULL, NULL,
         json_build_object('kind', 'text_search_configuration', 'name', quote_ident(n.nspname) || '.' || quote_ident(c.cfgname),
           'parser', (SELECT quote_ident(pn.nspname) || '.' || quote_ident(p.prsname)
                      FROM pg_ts_parser p JOIN pg_namespace pn ON pn.oid = p.prsnamespace WHERE p.oid = c.cfgparser),
           'mappings', coalesce((
             SELECT json_agg(json_build_object('token', t.alias, 'dictionaries', m.dicts) ORDER BY m.maptokentype)
             FROM (SELECT mm.maptokentype,
                          json_agg(quote_ident(dn.nspname) || '.' || quote_ident(dd.dictname) ORDER BY mm.mapseqno) AS dicts
                   FROM pg_ts_config_map mm JOIN pg_ts_dict dd ON dd.oid = mm.mapdict
                   JOIN pg_namespace dn ON dn.oid = dd.dictnamespace
                   WHERE mm.mapcfg = c.oid GROUP BY mm.maptokentype) m
             JOIN ts_token_type(c.cfgparser) t ON t.tokid = m.maptokentype), '[]'))
  FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace
  WHERE c.oid >= 16384
) q
-- Objects of extensions, and objects another one made for itself (a range type's casts to its
-- multirange), are not the user's to create.
WHERE NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = q.class AND e.objid = q.oid AND e.deptype IN ('e', 'i'))
ORDER BY q.class, q.oid
