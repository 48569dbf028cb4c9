-- a table column used by a materialized view changes type: the matview (and its index) must be dropped before ALTER and recreated after
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.transactions (id int PRIMARY KEY, account text NOT NULL, cents int NOT NULL);
CREATE MATERIALIZED VIEW public.balances AS SELECT account, sum(cents) AS cents FROM public.transactions GROUP BY account;
CREATE UNIQUE INDEX balances_account_key ON public.balances (account);
-- @after
CREATE TABLE public.transactions (id int PRIMARY KEY, account text NOT NULL, cents bigint NOT NULL);
CREATE MATERIALIZED VIEW public.balances AS SELECT account, sum(cents) AS cents FROM public.transactions GROUP BY account;
CREATE UNIQUE INDEX balances_account_key ON public.balances (account);
