-- Installed extensions (plpgsql included: it is an extension too).
SELECT q.* FROM (
  SELECT x.extname AS name, n.nspname AS schema, x.extversion AS version,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = x.oid AND dsc.classoid = 'pg_extension'::regclass AND dsc.objsubid = 0) AS comment
  FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
) q ORDER BY q.name
