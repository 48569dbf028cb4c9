-- ALTER POLICY ... TO roles.

-- fire: one role
ALTER POLICY tenant_read ON documents TO reporting;

-- fire: several roles, schema-qualified table
alter policy own_rows on app.notes to app_reader, app_writer;

-- fire: roles and a condition
ALTER POLICY p ON invoices TO PUBLIC USING (true);

-- fire: quoted
ALTER POLICY "Read" ON "Profiles" TO "Analyst";

-- fire: inside a DO block
DO $$ BEGIN ALTER POLICY p_all ON invoices TO app_admin; END $$;

-- ok: only the condition
ALTER POLICY tenant_read ON documents USING (true);

-- ok: only the check
ALTER POLICY own_rows ON notes WITH CHECK (owner = current_user);

-- ok: renaming a policy
ALTER POLICY tenant_read ON documents RENAME TO tenant_select;

-- ok: creating a policy
CREATE POLICY new_p ON documents USING (true);

-- ok: dropping a policy
DROP POLICY IF EXISTS new_p ON documents;
