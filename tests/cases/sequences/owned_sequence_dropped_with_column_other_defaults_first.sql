-- a serial column is dropped and its sequence goes with it, while defaults of other tables (one in another schema, one whose names need quoting) still call nextval on that sequence: those defaults are dropped before the column, which PostgreSQL would otherwise refuse to drop
-- @before
CREATE SCHEMA billing;
CREATE TABLE public.orders (id serial, note text);
CREATE TABLE billing.invoices (order_ref integer DEFAULT nextval('public.orders_id_seq'), total numeric);
CREATE TABLE public."Audit Log" ("Entry" integer DEFAULT nextval('public.orders_id_seq'));
-- @after
CREATE SCHEMA billing;
CREATE TABLE public.orders (note text);
CREATE TABLE billing.invoices (order_ref integer, total numeric);
CREATE TABLE public."Audit Log" ("Entry" integer);
