-- DISABLE TRIGGER / RULE / ROW LEVEL SECURITY, ENABLE REPLICA / ALWAYS TRIGGER / RULE and
-- [NO] FORCE ROW LEVEL SECURITY.

-- fire: a trigger
ALTER TABLE orders DISABLE TRIGGER audit_orders;

-- fire: all triggers, schema-qualified
alter table app.users disable trigger all;

-- fire: a rule
ALTER TABLE orders DISABLE RULE protect_deletes;

-- fire: row level security
ALTER TABLE documents DISABLE ROW LEVEL SECURITY;

-- fire: forced row level security, inside a DO block
DO $$ BEGIN ALTER TABLE documents FORCE ROW LEVEL SECURITY; END $$;

-- ok: a table created in the same file
CREATE TABLE tmp_t (id bigint);
ALTER TABLE tmp_t DISABLE TRIGGER ALL;

-- ok: enabling a trigger
ALTER TABLE orders ENABLE TRIGGER audit_orders;

-- ok: enabling row level security
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;

-- fire: no longer forcing row level security (the owner gets past the policies)
ALTER TABLE documents NO FORCE ROW LEVEL SECURITY;

-- fire: a replica trigger no longer fires on ordinary writes
ALTER TABLE orders ENABLE REPLICA TRIGGER audit_orders;

-- fire: an always rule, quoted and schema-qualified
alter table "App"."Orders" enable always rule "Protect";

-- ok: enabling every user trigger
ALTER TABLE orders ENABLE TRIGGER USER;

-- ok: enabling a rule
ALTER TABLE orders ENABLE RULE protect_deletes;
