-- Renaming views, functions, schemas, types, domains, sequences, indexes and enum values.

-- fire: a function
ALTER FUNCTION calc_total(integer) RENAME TO compute_total;

-- fire: a schema
alter schema reporting rename to analytics;

-- fire: a type and an enum value
ALTER TYPE mood RENAME TO feeling;
ALTER TYPE feeling RENAME VALUE 'sad' TO 'unhappy';

-- fire: a sequence, IF EXISTS
ALTER SEQUENCE IF EXISTS invoice_numbers RENAME TO invoice_seq;

-- fire: an index, inside a DO block
DO $$ BEGIN ALTER INDEX orders_idx RENAME TO orders_placed_idx; END $$;

-- fire: a domain and a procedure
ALTER DOMAIN positive_int RENAME TO natural_int;
ALTER PROCEDURE archive_orders() RENAME TO archive_old_orders;

-- fire: a view
ALTER VIEW order_totals RENAME TO order_sums;

-- fire: a materialized view, schema-qualified, IF EXISTS
alter materialized view if exists "Reports"."Daily" rename to "DailySales";

-- ok: a view created in the same file
CREATE VIEW tmp_v AS SELECT 1 AS a;
ALTER VIEW tmp_v RENAME TO tmp_w;

-- ok: a table rename is renaming-table's
ALTER TABLE IF EXISTS tmp_absent_table ADD COLUMN IF NOT EXISTS note text;

-- ok: a function created in the same file
CREATE FUNCTION tmp_f() RETURNS int LANGUAGE sql AS 'select 1';
ALTER FUNCTION tmp_f() RENAME TO tmp_g;

-- ok: a type created in the same file, and its value
CREATE TYPE tmp_kind AS ENUM ('a', 'b');
ALTER TYPE tmp_kind RENAME VALUE 'a' TO 'c';
ALTER TYPE tmp_kind RENAME TO tmp_sort;

-- ok: a schema created in the same file
CREATE SCHEMA tmp_s;
ALTER SCHEMA tmp_s RENAME TO tmp_t;

-- fire: renaming a constraint (ON CONFLICT ON CONSTRAINT names it)
ALTER TABLE orders RENAME CONSTRAINT orders_check TO orders_total_check;

-- ok: an index created in the same file
CREATE TABLE tmp_u (a int);
CREATE INDEX tmp_u_a ON tmp_u (a);
ALTER INDEX tmp_u_a RENAME TO tmp_u_a_idx;

-- fire: a constraint clients name in ON CONFLICT ON CONSTRAINT
ALTER TABLE public.orders RENAME CONSTRAINT orders_ref_key TO orders_reference_key;

-- fire: a role clients log in as
ALTER ROLE reporting RENAME TO reporting_v2;

-- fire: a trigger and a policy of an existing table
ALTER TRIGGER audit_orders ON orders RENAME TO audit_orders_v2;

-- ok: a constraint of a table created in the file
CREATE TABLE invoices (id bigint, ref text CONSTRAINT invoices_ref_key UNIQUE);
ALTER TABLE invoices RENAME CONSTRAINT invoices_ref_key TO invoices_reference_key;

-- ok: a role created in the file
CREATE ROLE etl_loader NOLOGIN;
ALTER ROLE etl_loader RENAME TO etl_writer;
