-- REVOKE, ALTER DEFAULT PRIVILEGES ... REVOKE, DROP OWNED, DROP ROLE, lost membership and new
-- owners (info notes).

-- fire: a table privilege
REVOKE SELECT ON orders FROM reporting;

-- fire: default privileges
ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE INSERT ON TABLES FROM app_writer;

-- fire: all tables in a schema, grant option
revoke grant option for all on all tables in schema app from app_admin;

-- fire: a function
REVOKE EXECUTE ON FUNCTION calc_total(integer) FROM PUBLIC;

-- fire: inside a DO block
DO $$ BEGIN REVOKE USAGE ON SCHEMA billing FROM reporting; END $$;

-- fire: DROP OWNED also revokes what was granted to the role
DROP OWNED BY legacy_app;

-- fire: dropping roles clients connect as
drop role if exists legacy_app, "Legacy Reader";

-- fire: handing objects to another role takes the old owner's rights away
REASSIGN OWNED BY legacy_app TO app_owner;

-- fire: a new owner of an existing table
ALTER TABLE public.orders OWNER TO app_owner;

-- fire: membership taken away
ALTER GROUP writers DROP USER legacy_app;

-- ok: the owner of a table created in the file
CREATE TABLE audit_events (id bigint);
ALTER TABLE audit_events OWNER TO app_owner;

-- ok: adding members
ALTER GROUP writers ADD USER app_writer;

-- ok: creating a role
CREATE ROLE app_reader NOLOGIN;

-- ok: granting
GRANT SELECT ON orders TO reporting;

-- ok: default privileges granted
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO reporting;

-- ok: granting a role
GRANT reporting TO alice;

-- ok: granting on a sequence
GRANT USAGE ON SEQUENCE invoice_numbers TO app_writer;

-- ok: granting on all tables
GRANT SELECT ON ALL TABLES IN SCHEMA app TO reporting;
