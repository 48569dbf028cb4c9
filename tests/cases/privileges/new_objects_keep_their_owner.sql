-- new objects owned by another role: each is created, then given its owner (ALTER ... OWNER TO), so the result does not depend on who runs the migration
-- diff-options: owners
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.accounts (id integer PRIMARY KEY);
-- @after
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.accounts (id integer PRIMARY KEY);
CREATE SCHEMA billing AUTHORIZATION pgshift_owner;
CREATE TABLE billing.invoices (id serial PRIMARY KEY, account_id integer REFERENCES public.accounts (id), total numeric);
ALTER TABLE billing.invoices OWNER TO pgshift_owner;
CREATE MATERIALIZED VIEW billing.totals AS SELECT account_id, sum(total) AS total FROM billing.invoices GROUP BY account_id;
ALTER MATERIALIZED VIEW billing.totals OWNER TO pgshift_owner;
CREATE FUNCTION billing.invoice_total(integer) RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT total FROM billing.invoices WHERE id = $1 $$;
ALTER FUNCTION billing.invoice_total(integer) OWNER TO pgshift_owner;
CREATE AGGREGATE billing.total_sum(numeric) (SFUNC = numeric_add, STYPE = numeric);
ALTER AGGREGATE billing.total_sum(numeric) OWNER TO pgshift_owner;
