-- ENABLE / DISABLE / FORCE / NO FORCE ROW LEVEL SECURITY on existing tables.

-- fire: ENABLE
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;

-- fire: DISABLE, schema-qualified
alter table app.notes disable row level security;

-- fire: FORCE
ALTER TABLE invoices FORCE ROW LEVEL SECURITY;

-- fire: NO FORCE, IF EXISTS
ALTER TABLE IF EXISTS payments NO FORCE ROW LEVEL SECURITY;

-- fire: inside a DO block
DO $$ BEGIN ALTER TABLE orders ENABLE ROW LEVEL SECURITY; END $$;

-- ok: a table created in the same file
CREATE TABLE tmp_docs (id bigint);
ALTER TABLE tmp_docs ENABLE ROW LEVEL SECURITY;

-- ok: a policy is another rule
CREATE POLICY p ON documents USING (true);

-- ok: adding a column
ALTER TABLE documents ADD COLUMN IF NOT EXISTS note text;

-- ok: a schema-qualified table created here
CREATE TABLE app.tmp_notes (id bigint);
ALTER TABLE app.tmp_notes FORCE ROW LEVEL SECURITY;

-- ok: enabling a trigger
ALTER TABLE documents ENABLE TRIGGER audit;
