-- User-defined collations.
SELECT q.* FROM (
  SELECT n.nspname AS schema, c.collname AS name, c.collprovider::text AS provider,
         c.collisdeterministic AS deterministic,
         c.collcollate AS lc_collate, c.collctype AS lc_ctype,
         {{icu_locale}} AS icu_locale, {{icu_rules}} AS icu_rules,
         pg_get_userbyid(c.collowner) AS owner,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = c.oid AND dsc.classoid = 'pg_collation'::regclass AND dsc.objsubid = 0) AS comment
  FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace
  WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
    AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_collation'::regclass AND e.objid = c.oid AND e.deptype = 'e')
) q ORDER BY q.schema, q.name
