-- a partitioned table becomes plain (recreated with its rows) while its partitions stay as standalone tables: each keeps its copies of the parent's primary key, unique key, check, foreign key and index as its own (detached before the old table's keys are dropped), one of them without the index copy
-- @before
CREATE TABLE public.customers (id int PRIMARY KEY);
CREATE TABLE public.ledger (
    id bigint NOT NULL,
    region text NOT NULL,
    customer_id int REFERENCES public.customers (id),
    amount numeric CHECK (amount >= 0),
    ref text,
    PRIMARY KEY (id, region),
    UNIQUE (ref, region)
) PARTITION BY LIST (region);
CREATE INDEX ledger_amount_idx ON public.ledger (amount);
CREATE TABLE public.ledger_eu PARTITION OF public.ledger FOR VALUES IN ('eu');
CREATE TABLE public.ledger_us PARTITION OF public.ledger FOR VALUES IN ('us');
-- @after
CREATE TABLE public.customers (id int PRIMARY KEY);
CREATE TABLE public.ledger (
    id bigint NOT NULL,
    region text NOT NULL,
    customer_id int REFERENCES public.customers (id),
    amount numeric CHECK (amount >= 0),
    ref text,
    PRIMARY KEY (id, region),
    UNIQUE (ref, region)
);
CREATE INDEX ledger_amount_idx ON public.ledger (amount);
CREATE TABLE public.ledger_eu (
    id bigint NOT NULL,
    region text NOT NULL,
    customer_id int CONSTRAINT ledger_customer_id_fkey REFERENCES public.customers (id),
    amount numeric CONSTRAINT ledger_amount_check CHECK (amount >= 0),
    ref text,
    CONSTRAINT ledger_eu_pkey PRIMARY KEY (id, region),
    CONSTRAINT ledger_eu_ref_region_key UNIQUE (ref, region)
);
CREATE INDEX ledger_eu_amount_idx ON public.ledger_eu (amount);
CREATE TABLE public.ledger_us (
    id bigint NOT NULL,
    region text NOT NULL,
    customer_id int CONSTRAINT ledger_customer_id_fkey REFERENCES public.customers (id),
    amount numeric CONSTRAINT ledger_amount_check CHECK (amount >= 0),
    ref text,
    CONSTRAINT ledger_us_pkey PRIMARY KEY (id, region),
    CONSTRAINT ledger_us_ref_region_key UNIQUE (ref, region)
);
