-- DROP SCHEMA of existing schemas.

-- fire: plain
DROP SCHEMA legacy;

-- fire: CASCADE, IF EXISTS
drop schema if exists archive cascade;

-- fire: several schemas, quoted
DROP SCHEMA "Old", "Older" RESTRICT;

-- fire: inside a DO block
DO $$ BEGIN DROP SCHEMA reporting CASCADE; END $$;

-- fire: one created here, one not
CREATE SCHEMA scratch;
DROP SCHEMA scratch, legacy_two;

-- ok: a schema created in the same file
CREATE SCHEMA tmp_work;
DROP SCHEMA tmp_work;

-- ok: creating a schema
CREATE SCHEMA IF NOT EXISTS reporting;

-- ok: renaming a schema
ALTER SCHEMA reporting RENAME TO analytics;

-- ok: dropping a table created in a schema created here
CREATE SCHEMA IF NOT EXISTS stage;
CREATE TABLE stage.rows (a int);
DROP TABLE stage.rows;

-- ok: schema privileges
GRANT USAGE ON SCHEMA reporting TO analyst;
