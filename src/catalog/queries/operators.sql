-- Operators, operator families and classes, casts, conversions and access methods: one row per
-- object, its definition as a JSON object shaped like the model's (`model::operator`). Names
-- are sent as `schema.name` with quote_ident, functions as `schema.name(identity arguments)`.
-- Objects of extensions and of the system (oids below 16384) are left out. `parts` lists the
-- pg_depend addresses that stand for the object too (a class's operators and support functions,
-- which hold its dependencies on them).
WITH fn AS MATERIALIZED (
  SELECT p.oid, quote_ident(n.nspname) || '.' || quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS ref
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
), opr AS MATERIALIZED (
  SELECT o.oid, quote_ident(n.nspname) || '.' || o.oprname AS name,
         CASE WHEN o.oprleft = 0 THEN NULL ELSE format_type(o.oprleft, NULL) END AS lefttype,
         format_type(o.oprright, NULL) AS righttype
  FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
), fam AS MATERIALIZED (
  SELECT f.oid, quote_ident(n.nspname) || '.' || quote_ident(f.opfname) AS name
  FROM pg_opfamily f JOIN pg_namespace n ON n.oid = f.opfnamespace
), members AS MATERIALIZED (
  -- Each member of a family with the class it was created with (0: added to the family).
  SELECT a.amopfamily AS family,
         coalesce((SELECT d.refobjid FROM pg_depend d WHERE d.classid = 'pg_amop'::regclass AND d.objid = a.oid
                   AND d.refclassid = 'pg_opclass'::regclass LIMIT 1), 0) AS class,
         json_build_object('strategy', a.amopstrategy, 'operator', (SELECT name FROM opr WHERE opr.oid = a.amopopr),
           'left', format_type(a.amoplefttype, NULL), 'right', format_type(a.amoprighttype, NULL),
           'order_family', CASE WHEN a.amoppurpose = 'o' THEN (SELECT name FROM fam WHERE fam.oid = a.amopsortfamily) END) AS member,
         a.amopstrategy AS number, a.amoplefttype AS lt, a.amoprighttype AS rt, 'o' AS what,
         'pg_amop'::regclass::oid AS part_class, a.oid AS part,
         'pg_operator'::regclass::oid AS used_class, a.amopopr AS used
  FROM pg_amop a WHERE a.oid >= 16384
  UNION ALL
  SELECT p.amprocfamily,
         coalesce((SELECT d.refobjid FROM pg_depend d WHERE d.classid = 'pg_amproc'::regclass AND d.objid = p.oid
                   AND d.refclassid = 'pg_opclass'::regclass LIMIT 1), 0),
         json_build_object('number', p.amprocnum, 'left', format_type(p.amproclefttype, NULL),
           'right', format_type(p.amprocrighttype, NULL), 'function', (SELECT ref FROM fn WHERE fn.oid = p.amproc)),
         p.amprocnum, p.amproclefttype, p.amprocrighttype, 'f',
         'pg_amproc'::regclass::oid, p.oid, 'pg_proc'::regclass::oid, p.amproc
  FROM pg_amproc p WHERE p.oid >= 16384
), ext_free AS MATERIALIZED (
  -- Members users added to built-in families (no class of theirs holds them).
  SELECT m.* FROM members m
  WHERE m.family < 16384 AND m.class = 0
    AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = m.used_class AND e.objid = m.used
                    AND e.deptype = 'e')
)
SELECT q.class, q.oid, q.schema, q.owner, q.acl, q.subs, q.parts, q.spec,
       (SELECT d.description FROM pg_description d
        WHERE d.classoid = q.class AND d.objoid = q.oid AND d.objsubid = 0) AS comment
FROM (
  -- Operators.
  SELECT 'pg_operator'::regclass::oid AS class, o.oid, n.nspname AS schema,
         pg_get_userbyid(o.oprowner) AS owner, NULL::text[] AS acl, NULL::int[] AS subs,
         NULL::json AS parts,
         json_build_object('kind', 'operator', 'name', quote_ident(n.nspname) || '.' || o.oprname,
           'left', CASE WHEN o.oprleft = 0 THEN NULL ELSE format_type(o.oprleft, NULL) END,
           'right', format_type(o.oprright, NULL),
           'function', (SELECT ref FROM fn WHERE fn.oid = o.oprcode),
           'commutator', (SELECT name FROM opr WHERE opr.oid = o.oprcom),
           'negator', (SELECT name FROM opr WHERE opr.oid = o.oprnegate),
           'restrict', (SELECT ref FROM fn WHERE fn.oid = o.oprrest),
           'join', (SELECT ref FROM fn WHERE fn.oid = o.oprjoin),
           'hashes', o.oprcanhash, 'merges', o.oprcanmerge) AS spec
  FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
  -- A shell operator (named as a commutator, never defined) has no function.
  WHERE o.oid >= 16384 AND o.oprcode <> 0
  UNION ALL
  -- Operator families, with the members no class of theirs holds.
  SELECT 'pg_opfamily'::regclass::oid, f.oid, n.nspname, pg_get_userbyid(f.opfowner), NULL, NULL,
         (SELECT json_agg(json_build_array(m.part_class::int8, m.part::int8)) FROM members m
          WHERE m.family = f.oid AND m.class = 0),
         json_build_object('kind', 'operator_family', 'name', quote_ident(n.nspname) || '.' || quote_ident(f.opfname),
           'method', am.amname,
           'operators', coalesce((SELECT json_agg(m.member ORDER BY m.number, m.lt, m.rt) FROM members m
                                  WHERE m.family = f.oid AND m.class = 0 AND m.what = 'o'), '[]'),
           'functions', coalesce((SELECT json_agg(m.member ORDER BY m.number, m.lt, m.rt) FROM members m
                                  WHERE m.family = f.oid AND m.class = 0 AND m.what = 'f'), '[]'))
  FROM pg_opfamily f JOIN pg_namespace n ON n.oid = f.opfnamespace JOIN pg_am am ON am.oid = f.opfmethod
  WHERE f.oid >= 16384
  UNION ALL
  -- Built-in families (initdb's) with the members users added to them (ALTER OPERATOR FAMILY
  -- pg_catalog.integer_ops USING btree ADD ...): those members alone, with no schema and no
  -- owner (the family is not the user's). Members whose operator or function belongs to an
  -- extension are the extension's.
  SELECT 'pg_opfamily'::regclass::oid, f.oid, NULL, NULL, NULL, NULL,
         (SELECT json_agg(json_build_array(m.part_class::int8, m.part::int8)) FROM ext_free m
          WHERE m.family = f.oid),
         json_build_object('kind', 'operator_family', 'name', quote_ident(n.nspname) || '.' || quote_ident(f.opfname),
           'method', am.amname, 'builtin', true,
           'operators', coalesce((SELECT json_agg(m.member ORDER BY m.number, m.lt, m.rt) FROM ext_free m
                                  WHERE m.family = f.oid AND m.what = 'o'), '[]'),
           'functions', coalesce((SELECT json_agg(m.member ORDER BY m.number, m.lt, m.rt) FROM ext_free m
                                  WHERE m.family = f.oid AND m.what = 'f'), '[]'))
  FROM pg_opfamily f JOIN pg_namespace n ON n.oid = f.opfnamespace JOIN pg_am am ON am.oid = f.opfmethod
  WHERE f.oid < 16384 AND EXISTS (SELECT 1 FROM ext_free m WHERE m.family = f.oid)
  UNION ALL
  -- Operator classes.
  SELECT 'pg_opclass'::regclass::oid, c.oid, n.nspname, pg_get_userbyid(c.opcowner), NULL, NULL,
         (SELECT json_agg(json_build_array(m.part_class::int8, m.part::int8)) FROM members m WHERE m.class = c.oid),
         json_build_object('kind', 'operator_class', 'name', quote_ident(n.nspname) || '.' || quote_ident(c.opcname),
           'method', am.amname, 'data_type', format_type(c.opcintype, NULL), 'default', c.opcdefault,
           'family', (SELECT name FROM fam WHERE fam.oid = c.opcfamily),
           'storage', CASE WHEN c.opckeytype <> 0 THEN format_type(c.opckeytype, NULL) END,
           'operators', coalesce((SELECT json_agg(m.member ORDER BY m.number, m.lt, m.rt) FROM members m
                                  WHERE m.class = c.oid AND m.what = 'o'), '[]'),
           'functions', coalesce((SELECT json_agg(m.member ORDER BY m.number, m.lt, m.rt) FROM members m
                                  WHERE m.class = c.oid AND m.what = 'f'), '[]'))
  FROM pg_opclass c JOIN pg_namespace n ON n.oid = c.opcnamespace JOIN pg_am am ON am.oid = c.opcmethod
  WHERE c.oid >= 16384
  UNION ALL
  -- Casts (they belong to no schema).
  SELECT 'pg_cast'::regclass::oid, c.oid, NULL, NULL, NULL, NULL, NULL,
         json_build_object('kind', 'cast', 'source', format_type(c.castsource, NULL),
           'target', format_type(c.casttarget, NULL),
           'method', CASE c.castmethod WHEN 'f' THEN 'function' WHEN 'i' THEN 'inout' ELSE 'binary' END,
           'function', (SELECT ref FROM fn WHERE fn.oid = c.castfunc),
           'context', CASE c.castcontext WHEN 'e' THEN 'explicit' WHEN 'a' THEN 'assignment' ELSE 'implicit' END)
  FROM pg_cast c WHERE c.oid >= 16384
  UNION ALL
  -- Conversions.
  SELECT 'pg_conversion'::regclass::oid, c.oid, n.nspname, pg_get_userbyid(c.conowner), NULL, NULL, NULL,
         json_build_object('kind', 'conversion', 'name', quote_ident(n.nspname) || '.' || quote_ident(c.conname),
           'source_encoding', pg_encoding_to_char(c.conforencoding),
           'target_encoding', pg_encoding_to_char(c.contoencoding),
           'function', (SELECT ref FROM fn WHERE fn.oid = c.conproc), 'default', c.condefault)
  FROM pg_conversion c JOIN pg_namespace n ON n.oid = c.connamespace
  WHERE c.oid >= 16384
  UNION ALL
  -- Access methods.
  SELECT 'pg_am'::regclass::oid, a.oid, NULL, NULL, NULL, NULL, NULL,
         json_build_object('kind', 'access_method', 'name', a.amname,
           'method_type', CASE a.amtype WHEN 't' THEN 'table' ELSE 'index' END,
           'handler', (SELECT ref FROM fn WHERE fn.oid = a.amhandler))
  FROM pg_am a WHERE a.oid >= 16384
) q
-- Objects of extensions, and objects another one made for itself (a range type's casts to its
-- multirange), are not the user's to create.
WHERE NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = q.class AND e.objid = q.oid AND e.deptype IN ('e', 'i'))
ORDER BY q.class, q.oid
