-- SET SCHEMA of existing objects other than tables (those are renaming-table's).

-- fire: a function
ALTER FUNCTION calc_total(integer) SET SCHEMA billing;

-- fire: a type
ALTER TYPE mood SET SCHEMA app;

-- fire: a sequence
ALTER SEQUENCE IF EXISTS invoice_numbers SET SCHEMA billing;

-- fire: a domain
ALTER DOMAIN positive_int SET SCHEMA app;

-- fire: an extension, inside a DO block
DO $$ BEGIN ALTER EXTENSION hstore SET SCHEMA extensions; END $$;

-- fire: a view
ALTER VIEW order_totals SET SCHEMA reporting;

-- fire: a materialized view, IF EXISTS
alter materialized view if exists "Daily" set schema "Reports";

-- ok: a view created in the same file
CREATE VIEW tmp_v AS SELECT 1 AS a;
ALTER VIEW tmp_v SET SCHEMA app;

-- ok: a type created in the same file
CREATE TYPE tmp_kind AS ENUM ('a');
ALTER TYPE tmp_kind SET SCHEMA app;

-- ok: a function created in the same file
CREATE FUNCTION tmp_f() RETURNS int LANGUAGE sql AS 'select 1';
ALTER FUNCTION tmp_f() SET SCHEMA app;

-- ok: a sequence created in the same file
CREATE SEQUENCE tmp_seq;
ALTER SEQUENCE tmp_seq SET SCHEMA app;

-- ok: changing the owner
ALTER FUNCTION calc_total(integer) OWNER TO billing_admin;

-- ok: creating a schema
CREATE SCHEMA IF NOT EXISTS billing;
