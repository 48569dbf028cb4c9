-- no-op: identity with custom options and a stored generated column written inline on one side and through ALTER TABLE on the other
-- @before
CREATE TABLE public.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 5000 INCREMENT BY 1) PRIMARY KEY,
    net numeric(12,2) NOT NULL,
    vat_rate numeric(4,3) NOT NULL DEFAULT 0.2,
    gross numeric(12,2) GENERATED ALWAYS AS (round(net * (1 + vat_rate), 2)) STORED
);
-- @after
CREATE TABLE public.invoices (
    id bigint NOT NULL,
    net numeric(12,2) NOT NULL,
    vat_rate numeric(4,3) NOT NULL DEFAULT 0.2,
    gross numeric(12,2) GENERATED ALWAYS AS (round(net * (1 + vat_rate), 2)) STORED
);
ALTER TABLE public.invoices ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (START WITH 5000 INCREMENT BY 1);
ALTER TABLE public.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);
