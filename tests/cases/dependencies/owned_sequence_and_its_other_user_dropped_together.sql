-- a table is dropped with the sequence it owns, and so is a table of another schema whose default uses that sequence: the other table goes first, since the sequence goes with its owner
-- expect-hazards: deletes-data
-- @before
CREATE SCHEMA billing;
CREATE SEQUENCE billing.invoice_no;
CREATE TABLE billing.invoices (no bigint PRIMARY KEY DEFAULT nextval('billing.invoice_no'));
ALTER SEQUENCE billing.invoice_no OWNED BY billing.invoices.no;
CREATE TABLE public.invoice_drafts (no bigint DEFAULT nextval('billing.invoice_no'), body text);
CREATE TABLE public.kept (id int);
-- @after
CREATE SCHEMA billing;
CREATE TABLE public.kept (id int);
