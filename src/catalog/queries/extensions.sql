-- Installed extensions (plpgsql included: it is an extension too).
SELECT json_strip_nulls(row_to_json(q))::text FROM (
  SELECT x.extname AS name, n.nspname AS schema, x.extversion AS version,
         obj_description(x.oid, 'pg_extension') AS comment
  FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
) q ORDER BY q.name
