-- FKs both from and to a partitioned table (PG12+): the partitioned table's PK must include the partition key, FKs live on the parent
-- @before
CREATE TABLE public.customers (id bigint PRIMARY KEY);
CREATE TABLE public.invoices (id bigint NOT NULL, issued_on date NOT NULL, customer_id bigint NOT NULL,
    PRIMARY KEY (id, issued_on)) PARTITION BY RANGE (issued_on);
CREATE TABLE public.invoices_2024 PARTITION OF public.invoices FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.invoice_lines (id bigint PRIMARY KEY, invoice_id bigint NOT NULL, invoice_issued_on date NOT NULL, amount numeric);
-- @after
CREATE TABLE public.customers (id bigint PRIMARY KEY);
CREATE TABLE public.invoices (id bigint NOT NULL, issued_on date NOT NULL,
    customer_id bigint NOT NULL REFERENCES public.customers (id),
    PRIMARY KEY (id, issued_on)) PARTITION BY RANGE (issued_on);
CREATE TABLE public.invoices_2024 PARTITION OF public.invoices FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.invoice_lines (id bigint PRIMARY KEY, invoice_id bigint NOT NULL, invoice_issued_on date NOT NULL, amount numeric,
    CONSTRAINT invoice_lines_invoice_fkey FOREIGN KEY (invoice_id, invoice_issued_on) REFERENCES public.invoices (id, issued_on) ON DELETE CASCADE);
