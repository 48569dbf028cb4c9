-- Dependency edges between schema objects, from pg_depend, as raw addresses (class, oid, sub-id
-- of the dependent object, then of the object it depends on). They are resolved against
-- dependency_objects on the client: a hash join there costs a fraction of the same join on the
-- server, which is the largest single cost of an inspection on big schemas. Objects created by
-- users have oids from 16384 (FirstNormalObjectId) up, so system objects' own edges are skipped, and
-- so are two kinds of internal edges no model object has: a type's on its table (row types) or
-- element type (array types), and a trigger's on the constraint it implements (foreign keys).
SELECT classid, objid, objsubid, refclassid, refobjid, refobjsubid
FROM pg_depend
WHERE deptype IN ('n', 'a', 'i') AND objid >= 16384
  AND NOT (deptype = 'i' AND classid IN ('pg_type'::regclass, 'pg_trigger'::regclass))
UNION ALL
-- A function declared with TRANSFORM FOR TYPE needs the transform when it is created (CREATE
-- FUNCTION looks it up), yet pg_depend records no edge to it.
SELECT 'pg_proc'::regclass::oid, p.oid, 0, 'pg_transform'::regclass::oid, t.oid, 0
FROM pg_proc p JOIN pg_transform t ON t.trflang = p.prolang AND t.trftype = ANY (p.protrftypes)
WHERE p.oid >= 16384
