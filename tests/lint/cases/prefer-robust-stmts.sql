-- Statements that fail when the file runs a second time after failing part way.

-- fire: ADD COLUMN without IF NOT EXISTS after another statement
SELECT 1;
ALTER TABLE core_foo ADD COLUMN answer_id integer;

-- fire: CREATE INDEX CONCURRENTLY without IF NOT EXISTS
SELECT 1;
CREATE INDEX CONCURRENTLY core_foo_answer_idx ON core_foo (answer_id);

-- fire: DROP COLUMN and DROP CONSTRAINT without IF EXISTS
ALTER TABLE t DROP COLUMN IF EXISTS a;
ALTER TABLE t DROP COLUMN c CASCADE, DROP CONSTRAINT t_c_check;

-- fire: CREATE TABLE without IF NOT EXISTS
SELECT 1;
CREATE TABLE "CoreBar" (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);

-- fire: DROP INDEX, DROP TYPE without IF EXISTS
DROP INDEX CONCURRENTLY orders_old_idx;
DROP TYPE IF EXISTS mood;
DROP TYPE weather;

-- fire: a second ADD CONSTRAINT of the same name
ALTER TABLE app_email DROP CONSTRAINT IF EXISTS email_uniq;
ALTER TABLE app_email ADD CONSTRAINT email_uniq UNIQUE USING INDEX email_idx;
ALTER TABLE app_email ADD CONSTRAINT email_uniq UNIQUE USING INDEX email_idx;

-- fire: a temporary table kept for the session
SELECT 1;
CREATE TEMP TABLE work_ids (id bigint);

-- fire: a rename cannot run twice
ALTER TABLE IF EXISTS users ADD COLUMN IF NOT EXISTS handle text;
ALTER TABLE users RENAME COLUMN nick TO nickname;

-- fire: attaching a partition twice fails
ALTER TABLE measurements ADD COLUMN IF NOT EXISTS source text;
ALTER TABLE measurements ATTACH PARTITION measurements_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- ok: guarded statements
CREATE TABLE IF NOT EXISTS core_bar (id bigint);
ALTER TABLE core_foo ADD COLUMN IF NOT EXISTS answer_id integer;
CREATE INDEX CONCURRENTLY IF NOT EXISTS core_foo_answer_idx ON core_foo (answer_id);
DROP INDEX CONCURRENTLY IF EXISTS core_foo_old_idx;

-- ok: everything inside one explicit transaction block
BEGIN;
CREATE TABLE core_baz (id bigint);
ALTER TABLE core_foo ADD COLUMN note text;
DROP TYPE IF EXISTS foo;
COMMIT;

-- ok: a single statement is atomic
ALTER TABLE core_foo ADD COLUMN answer_id integer;

-- ok: drop-if-exists before add makes the pair re-runnable
ALTER TABLE app_email DROP CONSTRAINT IF EXISTS email_uniq;
ALTER TABLE app_email ADD CONSTRAINT email_uniq UNIQUE USING INDEX email_idx;

-- ok: temporary tables dropped at commit, and idempotent changes
SELECT 1;
CREATE TEMPORARY TABLE work_ids (id bigint) ON COMMIT DROP;
ALTER TABLE IF EXISTS core_foo ENABLE ROW LEVEL SECURITY;
ALTER TABLE core_foo ALTER COLUMN answer_id SET DEFAULT 0;

-- ok: OR REPLACE views and functions
CREATE OR REPLACE VIEW v AS SELECT 1 AS one;
CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
