-- a standalone sequence with explicit options used by a column default via nextval: sequence first
-- @before
CREATE TABLE public.invoices (id int PRIMARY KEY);
-- @after
CREATE SEQUENCE public.invoice_number_seq AS integer START WITH 1000 INCREMENT BY 1 MINVALUE 1000 MAXVALUE 999999 CACHE 1;
CREATE TABLE public.invoices (id int PRIMARY KEY, number integer NOT NULL DEFAULT nextval('public.invoice_number_seq'));
