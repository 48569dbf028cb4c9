-- a new schema and a table inside it: the schema must be created before the table that lives in it
-- @before
CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text NOT NULL);
-- @after
CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text NOT NULL);
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES public.accounts (id),
    total_cents integer NOT NULL DEFAULT 0
);
