-- SQL-standard bodies (BEGIN ATOMIC) that read a view and a materialized view, all dropped together: PostgreSQL records the use by column, so each function goes before the relation it reads
-- @before
CREATE TABLE public.ledger (account int NOT NULL, amount numeric NOT NULL);
CREATE VIEW public.balances AS SELECT account, sum(amount) AS balance FROM public.ledger GROUP BY account;
CREATE MATERIALIZED VIEW public.balance_snapshot AS SELECT account, balance FROM public.balances;
CREATE FUNCTION public.balance_of(acct int) RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT balance FROM public.balances WHERE account = acct;
END;
CREATE FUNCTION public.snapshot_total() RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT sum(balance) FROM public.balance_snapshot;
END;
-- @after
CREATE TABLE public.ledger (account int NOT NULL, amount numeric NOT NULL);
