-- REVOKE and ALTER DEFAULT PRIVILEGES ... REVOKE (opt-in).

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
