-- Installed extensions (plpgsql included: it is an extension too), with the versions an update
-- can reach from the installed one (from the scripts this server has) and the types the
-- extension creates (columns using them are parked as text when it must be recreated).
SELECT q.* FROM (
  SELECT x.extname AS name, n.nspname AS schema, x.extversion AS version, x.extrelocatable AS relocatable,
         (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = x.oid AND dsc.classoid = 'pg_extension'::regclass AND dsc.objsubid = 0) AS comment,
         ARRAY(SELECT p.target FROM pg_extension_update_paths(x.extname) p
               WHERE p.source = x.extversion AND p.path IS NOT NULL ORDER BY p.target) AS update_targets,
         ARRAY(SELECT format_type(d.objid, NULL) FROM pg_depend d
               WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = x.oid
                 AND d.classid = 'pg_type'::regclass AND d.deptype = 'e' ORDER BY 1) AS member_types
  FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
) q ORDER BY q.name
