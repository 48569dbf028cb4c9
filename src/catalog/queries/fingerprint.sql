-- A fingerprint of the schema: one md5 over a line of text per object, with no oid in it (names,
-- definitions as PostgreSQL prints them, options, owners, privileges, comments), so two databases
-- holding the same objects give the same fingerprint. Run with an empty search_path, so every
-- name printed is schema-qualified. $1: the schemas left out (as the model leaves them out).
--
-- It says more than the model compares (owners, privileges, objects attached to left-out schemas,
-- every extension, cast, event trigger, publication and default privilege of the database):
-- equal fingerprints mean equal schemas; different ones mean only that the full comparison must
-- decide. Columns of newer servers are read through to_jsonb, which works on every version.
WITH ns AS (
  SELECT n.oid, n.nspname FROM pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'
    AND n.nspname <> ALL ($1::text[])
),
rel AS (
  SELECT c.* FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c', 'i', 'I')
),
lines AS (
  SELECT concat_ws('|', 'n', n.nspname, pg_get_userbyid(n.nspowner), n.nspacl::text,
                   obj_description(n.oid, 'pg_namespace'))
  FROM pg_namespace n JOIN ns ON ns.oid = n.oid
  UNION ALL
  SELECT concat_ws('|', 'c', c.oid::regclass::text, c.relkind, c.relpersistence,
                   pg_get_userbyid(c.relowner), c.relacl::text, c.reloptions::text,
                   c.relrowsecurity, c.relforcerowsecurity, c.relreplident, c.relispartition,
                   pg_get_expr(c.relpartbound, c.oid),
                   CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
                   (SELECT am.amname FROM pg_am am WHERE am.oid = c.relam),
                   (SELECT string_agg(i.inhparent::regclass::text, ',' ORDER BY i.inhseqno)
                    FROM pg_inherits i WHERE i.inhrelid = c.oid),
                   CASE WHEN c.reloftype <> 0 THEN c.reloftype::regtype::text END,
                   (SELECT tc.reloptions::text FROM pg_class tc WHERE tc.oid = c.reltoastrelid),
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END,
                   CASE WHEN c.relkind IN ('i', 'I') THEN pg_get_indexdef(c.oid) END,
                   obj_description(c.oid, 'pg_class'))
  FROM rel c
  UNION ALL
  SELECT concat_ws('|', 'a', a.attrelid::regclass::text,
                   row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum), a.attname,
                   format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity,
                   a.attgenerated, a.attstorage, a.attstattarget, a.attislocal, a.attinhcount,
                   to_jsonb(a) ->> 'attcompression',
                   -- attribute options without the server's own pg_ ones (as the model reads them)
                   (SELECT array_agg(o ORDER BY ord) FROM unnest(a.attoptions) WITH ORDINALITY AS u(o, ord)
                    WHERE o NOT LIKE 'pg\_%')::text, a.attfdwoptions::text,
                   a.attacl::text,
                   (SELECT co.collnamespace::regnamespace::text || '.' || co.collname
                    FROM pg_collation co WHERE co.oid = a.attcollation),
                   (SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d
                    WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum),
                   col_description(a.attrelid, a.attnum))
  FROM pg_attribute a JOIN rel c ON c.oid = a.attrelid
  WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind NOT IN ('i', 'I')
  UNION ALL
  SELECT concat_ws('|', 'x', x.indexrelid::regclass::text, x.indisclustered, x.indisreplident,
                   x.indisvalid)
  FROM pg_index x JOIN rel c ON c.oid = x.indexrelid
  UNION ALL
  SELECT concat_ws('|', 'k', coalesce(NULLIF(k.conrelid, 0)::regclass::text,
                                      NULLIF(k.contypid, 0)::regtype::text),
                   k.conname, k.contype, pg_get_constraintdef(k.oid), k.condeferrable,
                   k.condeferred, k.convalidated, k.conislocal, k.coninhcount, k.connoinherit,
                   obj_description(k.oid, 'pg_constraint'))
  FROM pg_constraint k JOIN ns ON ns.oid = k.connamespace
  UNION ALL
  SELECT concat_ws('|', 't', t.tgrelid::regclass::text, t.tgname, pg_get_triggerdef(t.oid),
                   t.tgenabled, obj_description(t.oid, 'pg_trigger'))
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
  WHERE NOT t.tgisinternal
    AND (c.relnamespace IN (SELECT oid FROM ns) OR p.pronamespace IN (SELECT oid FROM ns))
  UNION ALL
  SELECT concat_ws('|', 'p', p.polrelid::regclass::text, p.polname, p.polcmd, p.polpermissive,
                   (SELECT string_agg(u.name, ',' ORDER BY u.name) FROM (
                      SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r)::text END
                      FROM unnest(p.polroles) AS r) AS u(name)),
                   pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid),
                   obj_description(p.oid, 'pg_policy'))
  FROM pg_policy p
  UNION ALL
  SELECT concat_ws('|', 'r', r.ev_class::regclass::text, r.rulename, pg_get_ruledef(r.oid),
                   r.ev_enabled, obj_description(r.oid, 'pg_rewrite'))
  FROM pg_rewrite r WHERE r.rulename <> '_RETURN'
  UNION ALL
  SELECT concat_ws('|', 'f', p.oid::regprocedure::text, p.prokind, pg_get_function_result(p.oid),
                   pg_get_function_arguments(p.oid), l.lanname, p.prosrc, p.probin,
                   p.provolatile, p.proisstrict, p.prosecdef, p.proleakproof, p.proparallel,
                   p.procost, p.prorows, p.proretset, p.proconfig::text,
                   pg_get_userbyid(p.proowner), p.proacl::text,
                   (SELECT concat_ws(',', g.aggkind, g.aggtransfn::regprocedure::text,
                                     g.aggfinalfn::regprocedure::text, g.aggcombinefn::regprocedure::text,
                                     g.aggserialfn::regprocedure::text, g.aggdeserialfn::regprocedure::text,
                                     g.aggmtransfn::regprocedure::text, g.aggminvtransfn::regprocedure::text,
                                     g.aggmfinalfn::regprocedure::text, g.aggfinalextra, g.aggmfinalextra,
                                     g.aggfinalmodify, g.aggmfinalmodify, g.aggsortop::regoperator::text,
                                     g.aggtranstype::regtype::text, g.aggtransspace,
                                     g.aggmtranstype::regtype::text, g.aggmtransspace, g.agginitval,
                                     g.aggminitval, g.aggnumdirectargs)
                    FROM pg_aggregate g WHERE g.aggfnoid = p.oid),
                   obj_description(p.oid, 'pg_proc'))
  FROM pg_proc p JOIN ns ON ns.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
  UNION ALL
  SELECT concat_ws('|', 'y', t.oid::regtype::text, t.typtype, pg_get_userbyid(t.typowner),
                   t.typacl::text, t.typnotnull, coalesce(pg_get_expr(t.typdefaultbin, 0), t.typdefault),
                   CASE WHEN t.typbasetype <> 0 THEN format_type(t.typbasetype, t.typtypmod) END,
                   (SELECT co.collnamespace::regnamespace::text || '.' || co.collname
                    FROM pg_collation co WHERE co.oid = t.typcollation),
                   (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
                    FROM pg_enum e WHERE e.enumtypid = t.oid),
                   (SELECT concat_ws(',', r.rngsubtype::regtype::text,
                                     (SELECT co.collname FROM pg_collation co WHERE co.oid = r.rngcollation),
                                     (SELECT oc.opcnamespace::regnamespace::text || '.' || oc.opcname
                                      FROM pg_opclass oc WHERE oc.oid = r.rngsubopc),
                                     r.rngcanonical::regprocedure::text,
                                     r.rngsubdiff::regprocedure::text,
                                     (to_jsonb(r) ->> 'rngmultitypid')::oid::regtype::text)
                    FROM pg_range r WHERE r.rngtypid = t.oid),
                   CASE WHEN t.typtype = 'b' THEN
                     concat_ws(',', t.typinput::regprocedure::text, t.typoutput::regprocedure::text,
                               t.typreceive::regprocedure::text, t.typsend::regprocedure::text,
                               t.typmodin::regprocedure::text, t.typmodout::regprocedure::text,
                               t.typanalyze::regprocedure::text, t.typlen, t.typbyval, t.typalign,
                               t.typstorage, t.typcategory, t.typispreferred, t.typdelim)
                   END,
                   obj_description(t.oid, 'pg_type'))
  FROM pg_type t JOIN ns ON ns.oid = t.typnamespace
  WHERE t.typtype IN ('b', 'c', 'd', 'e', 'r', 'm')
  UNION ALL
  SELECT concat_ws('|', 's', s.seqrelid::regclass::text, s.seqtypid::regtype::text, s.seqstart,
                   s.seqincrement, s.seqmax, s.seqmin, s.seqcache, s.seqcycle,
                   (SELECT d.refobjid::regclass::text || '.' || d.refobjsubid || '.' || d.deptype::text
                    FROM pg_depend d
                    WHERE d.classid = 'pg_class'::regclass AND d.objid = s.seqrelid
                      AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))
  FROM pg_sequence s JOIN rel c ON c.oid = s.seqrelid
  UNION ALL
  SELECT concat_ws('|', 'st', pg_get_statisticsobjdef(s.oid))
  FROM pg_statistic_ext s JOIN ns ON ns.oid = s.stxnamespace
  UNION ALL
  SELECT concat_ws('|', 'e', e.extname, e.extversion, e.extnamespace::regnamespace::text,
                   e.extrelocatable)
  FROM pg_extension e
  UNION ALL
  SELECT concat_ws('|', 'd', pg_get_userbyid(d.defaclrole),
                   d.defaclnamespace::regnamespace::text, d.defaclobjtype, d.defaclacl::text)
  FROM pg_default_acl d
  UNION ALL
  SELECT concat_ws('|', 'et', e.evtname, e.evtevent, pg_get_userbyid(e.evtowner),
                   e.evtfoid::regprocedure::text, e.evtenabled, e.evttags::text)
  FROM pg_event_trigger e
  UNION ALL
  SELECT concat_ws('|', 'pub', p.pubname, p.puballtables, p.pubinsert, p.pubupdate, p.pubdelete,
                   p.pubtruncate, p.pubviaroot,
                   (SELECT string_agg(pt.schemaname || '.' || pt.tablename, ','
                                      ORDER BY pt.schemaname, pt.tablename)
                    FROM pg_publication_tables pt WHERE pt.pubname = p.pubname))
  FROM pg_publication p
  UNION ALL
  SELECT concat_ws('|', 'cast', c.castsource::regtype::text, c.casttarget::regtype::text,
                   c.castfunc::regprocedure::text, c.castcontext, c.castmethod)
  FROM pg_cast c WHERE c.oid >= 16384
  UNION ALL
  SELECT concat_ws('|', 'coll', co.collnamespace::regnamespace::text, co.collname,
                   co.collprovider, co.collisdeterministic, co.collcollate, co.collctype,
                   to_jsonb(co) ->> 'colliculocale')
  FROM pg_collation co JOIN ns ON ns.oid = co.collnamespace
  UNION ALL
  SELECT concat_ws('|', 'op', o.oid::regoperator::text, o.oprcode::regprocedure::text,
                   o.oprcom::regoperator::text, o.oprnegate::regoperator::text,
                   o.oprrest::regprocedure::text, o.oprjoin::regprocedure::text, o.oprcanmerge,
                   o.oprcanhash)
  FROM pg_operator o JOIN ns ON ns.oid = o.oprnamespace
  UNION ALL
  SELECT concat_ws('|', 'opc', oc.opcnamespace::regnamespace::text, oc.opcname,
                   (SELECT am.amname FROM pg_am am WHERE am.oid = oc.opcmethod),
                   oc.opcintype::regtype::text, oc.opcdefault)
  FROM pg_opclass oc JOIN ns ON ns.oid = oc.opcnamespace
  UNION ALL
  SELECT concat_ws('|', 'opf', f.opfnamespace::regnamespace::text, f.opfname,
                   (SELECT am.amname FROM pg_am am WHERE am.oid = f.opfmethod))
  FROM pg_opfamily f JOIN ns ON ns.oid = f.opfnamespace
  UNION ALL
  SELECT concat_ws('|', 'ts', c.cfgnamespace::regnamespace::text, c.cfgname,
                   (SELECT string_agg(m.maptokentype::text || ':' || m.mapseqno::text || ':' ||
                                      m.mapdict::regdictionary::text, ','
                                      ORDER BY m.maptokentype, m.mapseqno)
                    FROM pg_ts_config_map m WHERE m.mapcfg = c.oid))
  FROM pg_ts_config c JOIN ns ON ns.oid = c.cfgnamespace
  UNION ALL
  SELECT concat_ws('|', 'tsd', d.dictnamespace::regnamespace::text, d.dictname,
                   d.dictinitoption)
  FROM pg_ts_dict d JOIN ns ON ns.oid = d.dictnamespace
  UNION ALL
  SELECT concat_ws('|', 'fdw', w.fdwname, w.fdwhandler::regproc::text,
                   w.fdwvalidator::regproc::text, w.fdwoptions::text, w.fdwacl::text)
  FROM pg_foreign_data_wrapper w
  UNION ALL
  SELECT concat_ws('|', 'srv', s.srvname, s.srvtype, s.srvversion, s.srvoptions::text,
                   s.srvacl::text)
  FROM pg_foreign_server s
  UNION ALL
  SELECT concat_ws('|', 'ft', f.ftrelid::regclass::text, f.ftoptions::text,
                   (SELECT s.srvname FROM pg_foreign_server s WHERE s.oid = f.ftserver))
  FROM pg_foreign_table f JOIN rel c ON c.oid = f.ftrelid
  UNION ALL
  SELECT concat_ws('|', 'lang', l.lanname, l.lanpltrusted, l.lanplcallfoid::regproc::text,
                   l.laninline::regproc::text, l.lanvalidator::regproc::text, l.lanacl::text)
  FROM pg_language l WHERE l.oid >= 16384
)
SELECT md5(string_agg(l, E'\n' ORDER BY l COLLATE "C")), count(*) FROM lines AS x(l)
