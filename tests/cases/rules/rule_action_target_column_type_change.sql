-- a table rule's action writes another table whose column changes type (int -> bigint): ALTER COLUMN TYPE is refused while the rule depends on the column, so drop the rule, alter, recreate it
-- @before
CREATE TABLE public.payments (id int PRIMARY KEY, invoice_id int NOT NULL, amount numeric NOT NULL);
CREATE TABLE public.invoice_totals (invoice_id int PRIMARY KEY, paid numeric NOT NULL DEFAULT 0);
CREATE RULE payments_total AS ON INSERT TO public.payments
    DO ALSO UPDATE public.invoice_totals SET paid = paid + NEW.amount WHERE invoice_id = NEW.invoice_id;
-- @after
CREATE TABLE public.payments (id int PRIMARY KEY, invoice_id int NOT NULL, amount numeric NOT NULL);
CREATE TABLE public.invoice_totals (invoice_id bigint PRIMARY KEY, paid numeric NOT NULL DEFAULT 0);
CREATE RULE payments_total AS ON INSERT TO public.payments
    DO ALSO UPDATE public.invoice_totals SET paid = paid + NEW.amount WHERE invoice_id = NEW.invoice_id;
