-- domains whose defaults name a type and a function of their own schema, created while that schema led the search_path: the defaults are written schema-qualified, so the plan runs under any search_path
-- @before
CREATE SCHEMA billing;
-- @after
CREATE SCHEMA billing;
SET search_path = billing;
CREATE TYPE billing.invoice_state AS ENUM ('draft', 'sent', 'paid');
CREATE FUNCTION billing.first_state() RETURNS billing.invoice_state LANGUAGE sql IMMUTABLE AS $$ SELECT 'draft'::billing.invoice_state $$;
CREATE DOMAIN billing.state_from_function AS billing.invoice_state DEFAULT first_state();
CREATE DOMAIN billing.state_from_literal AS billing.invoice_state DEFAULT 'draft' NOT NULL;
CREATE TABLE billing.invoices (id int PRIMARY KEY, a billing.state_from_function, b billing.state_from_literal);
RESET search_path;
