-- DROP POLICY / DROP RULE of existing ones.

-- fire: policy
DROP POLICY tenant_isolation ON documents;

-- fire: IF EXISTS, schema-qualified table
drop policy if exists owner_only on app.notes;

-- fire: rule
DROP RULE IF EXISTS protect_deletes ON orders;

-- fire: quoted
DROP POLICY "Read Own" ON "Profiles";

-- fire: inside a DO block
DO $$ BEGIN DROP POLICY IF EXISTS p_select ON invoices; END $$;

-- ok: a policy created in the same file
CREATE POLICY tmp_p ON documents USING (true);
DROP POLICY tmp_p ON documents;

-- ok: creating a policy
CREATE POLICY tenant_read ON documents USING (tenant_id = current_setting('app.tenant')::bigint);

-- ok: changing a policy
ALTER POLICY tenant_read ON documents USING (true);

-- ok: a rule created in the same file
CREATE RULE tmp_r AS ON DELETE TO orders DO INSTEAD NOTHING;
DROP RULE tmp_r ON orders;

-- ok: enabling row level security
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
