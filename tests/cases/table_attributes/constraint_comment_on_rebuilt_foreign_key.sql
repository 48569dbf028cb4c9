-- commented foreign keys (one NOT VALID) that do not change themselves are rebuilt because the key they reference is, and keep their comments
-- @before
CREATE TABLE public.accounts (id bigint NOT NULL, CONSTRAINT accounts_id_key UNIQUE (id));
CREATE TABLE public.orders (id bigint PRIMARY KEY, account_id bigint, payer_id bigint);
ALTER TABLE public.orders ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES public.accounts (id);
ALTER TABLE public.orders ADD CONSTRAINT orders_payer_fk FOREIGN KEY (payer_id) REFERENCES public.accounts (id) NOT VALID;
COMMENT ON CONSTRAINT orders_account_fk ON public.orders IS 'every order has an account';
COMMENT ON CONSTRAINT orders_payer_fk ON public.orders IS 'checked for new rows only';
-- @after
CREATE TABLE public.accounts (id bigint NOT NULL, CONSTRAINT accounts_id_key UNIQUE NULLS NOT DISTINCT (id));
CREATE TABLE public.orders (id bigint PRIMARY KEY, account_id bigint, payer_id bigint);
ALTER TABLE public.orders ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES public.accounts (id);
ALTER TABLE public.orders ADD CONSTRAINT orders_payer_fk FOREIGN KEY (payer_id) REFERENCES public.accounts (id) NOT VALID;
COMMENT ON CONSTRAINT orders_account_fk ON public.orders IS 'every order has an account';
COMMENT ON CONSTRAINT orders_payer_fk ON public.orders IS 'checked for new rows only';
