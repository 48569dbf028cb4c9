-- constraint comments on a partitioned table, on NOT VALID constraints, and on a foreign key rebuilt because the key it references is
-- @before
CREATE TABLE public.measurements (id bigint NOT NULL, at date NOT NULL, value int, CONSTRAINT measurements_pkey PRIMARY KEY (id, at), CONSTRAINT measurements_value_check CHECK (value > 0)) PARTITION BY RANGE (at);
CREATE TABLE public.measurements_2024 PARTITION OF public.measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.accounts (id bigint NOT NULL, CONSTRAINT accounts_id_key UNIQUE (id));
CREATE TABLE public.orders (id bigint PRIMARY KEY, account_id bigint, amount int);
ALTER TABLE public.orders ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES public.accounts (id);
COMMENT ON CONSTRAINT orders_account_fk ON public.orders IS 'every order has an account';
-- @after
CREATE TABLE public.measurements (id bigint NOT NULL, at date NOT NULL, value int, CONSTRAINT measurements_pkey PRIMARY KEY (id, at), CONSTRAINT measurements_value_check CHECK (value > 0)) PARTITION BY RANGE (at);
CREATE TABLE public.measurements_2024 PARTITION OF public.measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
COMMENT ON CONSTRAINT measurements_pkey ON public.measurements IS 'one row per id and day';
COMMENT ON CONSTRAINT measurements_value_check ON public.measurements IS 'positive values';
CREATE TABLE public.accounts (id bigint NOT NULL, CONSTRAINT accounts_id_key UNIQUE NULLS NOT DISTINCT (id));
CREATE TABLE public.orders (id bigint PRIMARY KEY, account_id bigint, amount int);
ALTER TABLE public.orders ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES public.accounts (id) NOT VALID;
COMMENT ON CONSTRAINT orders_account_fk ON public.orders IS 'every order has an account';
ALTER TABLE public.orders ADD CONSTRAINT orders_amount_check CHECK (amount >= 0) NOT VALID;
COMMENT ON CONSTRAINT orders_amount_check ON public.orders IS 'checked for new rows only';
CREATE TABLE public.refunds (id bigint PRIMARY KEY, order_id bigint);
ALTER TABLE public.refunds ADD CONSTRAINT refunds_order_fk FOREIGN KEY (order_id) REFERENCES public.orders (id) NOT VALID;
COMMENT ON CONSTRAINT refunds_order_fk ON public.refunds IS 'new table, not valid';
