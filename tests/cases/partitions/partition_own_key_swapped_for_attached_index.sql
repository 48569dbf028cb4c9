-- a partition's copy of its parent's plain index in one schema is a primary key of its own (left beside a copy PostgreSQL made) in the other
-- @before
CREATE TABLE public.invoices (tenant text NOT NULL, number int NOT NULL, total numeric) PARTITION BY LIST (tenant);
CREATE TABLE public.invoices_acme PARTITION OF public.invoices FOR VALUES IN ('acme');
CREATE INDEX invoices_acme_by_number ON public.invoices_acme (tenant, number);
CREATE INDEX invoices_by_number ON public.invoices (tenant, number);
-- @after
CREATE TABLE public.invoices (tenant text NOT NULL, number int NOT NULL, total numeric) PARTITION BY LIST (tenant);
CREATE TABLE public.invoices_acme PARTITION OF public.invoices FOR VALUES IN ('acme');
ALTER TABLE public.invoices_acme ADD CONSTRAINT invoices_acme_by_number PRIMARY KEY (tenant, number);
CREATE INDEX invoices_by_number ON public.invoices (tenant, number);
