-- ALTER POLICY ... USING / WITH CHECK.

-- fire: USING
ALTER POLICY tenant_read ON documents USING (tenant_id = 1);

-- fire: WITH CHECK
alter policy own_rows on app.notes with check (owner = current_user);

-- fire: both
ALTER POLICY p ON invoices USING (true) WITH CHECK (false);

-- fire: roles and a condition
ALTER POLICY "Read" ON "Profiles" TO "Analyst" USING (true);

-- fire: inside a DO block
DO $$ BEGIN ALTER POLICY p_all ON invoices USING (false); END $$;

-- ok: only roles
ALTER POLICY tenant_read ON documents TO reporting;

-- ok: renaming a policy
ALTER POLICY tenant_read ON documents RENAME TO tenant_select;

-- ok: creating a policy
CREATE POLICY new_p ON documents USING (true);

-- ok: dropping a policy
DROP POLICY IF EXISTS new_p ON documents;

-- ok: enabling row level security
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
