-- DROP VIEW / MATERIALIZED VIEW of existing views.

-- fire: plain
DROP VIEW active_users;

-- fire: IF EXISTS, CASCADE, several
drop view if exists reports.daily, reports.weekly cascade;

-- fire: materialized view
DROP MATERIALIZED VIEW IF EXISTS order_totals;

-- fire: quoted
DROP VIEW "UserSummary";

-- fire: inside a DO block
DO $$ BEGIN EXECUTE 'DROP VIEW legacy_orders'; END $$;

-- ok: a view created in the same file
CREATE VIEW tmp_v AS SELECT 1 AS a;
DROP VIEW tmp_v;

-- ok: a materialized view created in the same file
CREATE MATERIALIZED VIEW app.mv AS SELECT 1 AS a;
DROP MATERIALIZED VIEW app.mv;

-- ok: creating a view
CREATE VIEW recent_orders AS SELECT 1 AS id;

-- ok: replacing a view
CREATE OR REPLACE VIEW recent_orders AS SELECT 1 AS id;

-- ok: dropping a function is another rule
CREATE TABLE IF NOT EXISTS notes (id bigint);
