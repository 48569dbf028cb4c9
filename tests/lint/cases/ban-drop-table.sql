-- DROP TABLE of existing tables.

-- fire: plain
DROP TABLE legacy_sessions;

-- fire: several, IF EXISTS, CASCADE, schema-qualified
drop table if exists archive.events_2019, archive.events_2020 cascade;

-- fire: quoted name
DROP TABLE "UserPreferences";

-- fire: inside a DO block through EXECUTE of a constant
DO $$ BEGIN EXECUTE 'DROP TABLE IF EXISTS import_batches'; END $$;

-- fire: inside an explicit transaction
-- pgshift:no-transaction
BEGIN;
DROP TABLE old_carts;
COMMIT;

-- fire (warning): a foreign table (its rows stay on the remote server)
DROP FOREIGN TABLE IF EXISTS remote_orders;

-- ok: a table created in the same file
CREATE TABLE tmp_ids (id bigint);
DROP TABLE tmp_ids;

-- ok: dropping a view
DROP VIEW IF EXISTS active_users_v1;

-- ok: a temporary table dropped at commit is never dropped by hand
CREATE TEMP TABLE scratch (id bigint) ON COMMIT DROP;

-- ok: creating a table if it does not exist
CREATE TABLE IF NOT EXISTS audit_log (id bigint);

-- ok: dropping a function
DROP FUNCTION IF EXISTS app.cleanup();

-- fire: CREATE TABLE IF NOT EXISTS does not prove the table is new
create table if not exists staging_rows (id bigint);
drop table staging_rows;
