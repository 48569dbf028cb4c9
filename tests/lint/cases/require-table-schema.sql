-- Unqualified table names (info notes).

-- fire: CREATE TABLE
CREATE TABLE users (id bigint);

-- fire: ALTER TABLE
ALTER TABLE users ADD COLUMN note text;

-- fire: DROP TABLE, one of two unqualified
DROP TABLE IF EXISTS app.old_users, older_users;

-- fire: CREATE TABLE AS
CREATE TABLE user_ids AS SELECT id FROM app.users;

-- fire: CREATE INDEX on an unqualified table
CREATE INDEX CONCURRENTLY IF NOT EXISTS users_note_idx ON users (note);

-- ok: qualified CREATE TABLE
CREATE TABLE public.users (id bigint);

-- ok: qualified ALTER TABLE
ALTER TABLE app.users ADD COLUMN note text;

-- ok: temporary tables
CREATE TEMP TABLE scratch (id bigint);
CREATE TEMPORARY TABLE scratch2 AS SELECT 1 AS one;

-- ok: qualified and quoted
ALTER TABLE "App"."Users" ADD COLUMN "Note" text;

-- ok: queries name tables freely
SELECT count(*) FROM users;

-- fire: renaming a column of an unqualified table
ALTER TABLE customers RENAME COLUMN name TO full_name;

-- ok: renaming a column of a qualified table
ALTER TABLE public.customers RENAME COLUMN name TO full_name;
