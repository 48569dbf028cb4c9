-- Roles (not the predefined pg_* ones) with the attributes that decide what they may read,
-- and the roles whose privileges they use: those they are members of with INHERIT, through any
-- chain of memberships (pg_has_role ... 'USAGE'), predefined roles such as pg_read_all_data
-- included. Only roles that have members are asked about, so this stays small on servers with
-- many roles. `reads`: the role this connection reads the schema as.
SELECT q.* FROM (
  SELECT r.rolname AS name,
         r.rolsuper AS superuser,
         r.rolbypassrls AS bypass_rls,
         r.rolname = current_user AS reads,
         coalesce((SELECT array_agg(b.rolname::text ORDER BY b.rolname)
                   FROM pg_roles b
                   WHERE b.oid <> r.oid
                     AND b.oid IN (SELECT m.roleid FROM pg_auth_members m)
                     AND pg_has_role(r.oid, b.oid, 'USAGE')), '{}') AS member_of
  FROM pg_roles r
  WHERE r.rolname NOT LIKE 'pg\_%'
) q ORDER BY q.name
