-- a foreign table's CHECK constraint calls a function that is dropped and created again (its arguments change) and casts to a domain that is recreated: the foreign table goes before them and comes back after, with the check
-- expect-hazards: breaks-clients, correctness, untrackable-dependencies
-- @before
CREATE FOREIGN DATA WRAPPER ledger_wrapper;
CREATE SERVER ledger_archive FOREIGN DATA WRAPPER ledger_wrapper;
CREATE FUNCTION public.valid_account(bigint) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 > 0';
CREATE DOMAIN public.cents AS integer CHECK (VALUE >= 0);
CREATE FOREIGN TABLE public.archived_entries (account bigint, amount integer) SERVER ledger_archive;
ALTER FOREIGN TABLE public.archived_entries ADD CONSTRAINT account_ok CHECK (public.valid_account(account));
ALTER FOREIGN TABLE public.archived_entries ADD CONSTRAINT amount_ok CHECK (amount::public.cents IS NOT NULL);
-- @after
CREATE FOREIGN DATA WRAPPER ledger_wrapper;
CREATE SERVER ledger_archive FOREIGN DATA WRAPPER ledger_wrapper;
CREATE FUNCTION public.valid_account(bigint, strict boolean DEFAULT true) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 > 0';
CREATE DOMAIN public.cents AS bigint CHECK (VALUE >= 0);
CREATE FOREIGN TABLE public.archived_entries (account bigint, amount integer) SERVER ledger_archive;
ALTER FOREIGN TABLE public.archived_entries ADD CONSTRAINT account_ok CHECK (public.valid_account(account));
ALTER FOREIGN TABLE public.archived_entries ADD CONSTRAINT amount_ok CHECK (amount::public.cents IS NOT NULL);
