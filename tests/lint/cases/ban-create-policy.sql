-- CREATE POLICY on existing tables.

-- fire: a permissive policy
CREATE POLICY tenant_read ON documents USING (tenant_id = current_setting('app.tenant')::bigint);

-- fire: restrictive, for one command and role
create policy no_deletes on app.orders as restrictive for delete to app_writer using (false);

-- fire: WITH CHECK
CREATE POLICY own_rows ON notes FOR INSERT WITH CHECK (owner = current_user);

-- fire: quoted table
CREATE POLICY "Read" ON "Profiles" USING (true);

-- fire: inside a DO block
DO $$ BEGIN CREATE POLICY p_all ON invoices USING (true); END $$;

-- ok: a table created in the same file
CREATE TABLE tmp_docs (id bigint, tenant_id bigint);
CREATE POLICY tmp_read ON tmp_docs USING (true);

-- ok: dropping a policy
DROP POLICY IF EXISTS old_read ON documents;

-- ok: enabling row level security
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;

-- ok: a schema-qualified table created here
CREATE TABLE app.tmp_notes (id bigint);
CREATE POLICY tmp_p ON app.tmp_notes FOR SELECT USING (true);

-- ok: granting
GRANT SELECT ON documents TO reporting;
