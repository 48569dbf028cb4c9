-- Base types (CREATE TYPE name (INPUT = ..., OUTPUT = ...)) and shell types (CREATE TYPE name,
-- never defined): one row per type, its definition as a JSON object shaped like the model's
-- (`model::base_type`). A base type's array type stands for it too (`parts`): a column of
-- the array uses the type. Array types go with their element type; types of extensions and
-- of the system are left out. An ACL of NULL reads as the default (the owner and PUBLIC may
-- use the type).
WITH fn AS MATERIALIZED (
  SELECT p.oid, quote_ident(n.nspname) || '.' || quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS ref
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
)
SELECT 'pg_type'::regclass::oid AS class, t.oid, n.nspname AS schema,
       pg_get_userbyid(t.typowner) AS owner,
       coalesce(t.typacl, acldefault('T', t.typowner))::text[] AS acl, NULL::int[] AS subs,
       CASE WHEN t.typarray <> 0 THEN json_build_array(json_build_array('pg_type'::regclass::oid::int8, t.typarray::int8)) END AS parts,
       CASE WHEN t.typtype = 'p' THEN
         json_build_object('kind', 'shell_type', 'name', quote_ident(n.nspname) || '.' || quote_ident(t.typname))
       ELSE
         json_build_object('kind', 'base_type', 'name', quote_ident(n.nspname) || '.' || quote_ident(t.typname),
           'input', (SELECT ref FROM fn WHERE fn.oid = t.typinput),
           'output', (SELECT ref FROM fn WHERE fn.oid = t.typoutput),
           'receive', (SELECT ref FROM fn WHERE fn.oid = t.typreceive),
           'send', (SELECT ref FROM fn WHERE fn.oid = t.typsend),
           'typmod_in', (SELECT ref FROM fn WHERE fn.oid = t.typmodin),
           'typmod_out', (SELECT ref FROM fn WHERE fn.oid = t.typmodout),
           'analyze', (SELECT ref FROM fn WHERE fn.oid = t.typanalyze),
           'subscript', (SELECT ref FROM fn WHERE fn.oid = {{typsubscript}}),
           'internal_length', t.typlen, 'passed_by_value', t.typbyval,
           'alignment', CASE t.typalign WHEN 'c' THEN 'char' WHEN 's' THEN 'int2' WHEN 'i' THEN 'int4' ELSE 'double' END,
           'storage', CASE t.typstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external' WHEN 'm' THEN 'main' ELSE 'extended' END,
           'category', t.typcategory::text, 'preferred', t.typispreferred, 'default', t.typdefault,
           'element', CASE WHEN t.typelem <> 0 THEN format_type(t.typelem, NULL) END,
           'delimiter', t.typdelim::text, 'collatable', t.typcollation <> 0)
       END AS spec,
       (SELECT d.description FROM pg_description d
        WHERE d.classoid = 'pg_type'::regclass AND d.objoid = t.oid AND d.objsubid = 0) AS comment
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.oid >= 16384
  AND (t.typtype = 'b' OR (t.typtype = 'p' AND NOT t.typisdefined))
  AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype IN ('e', 'i'))
ORDER BY t.oid
