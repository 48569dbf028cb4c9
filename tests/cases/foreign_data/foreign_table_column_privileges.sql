-- column-level privileges on a foreign table: granted with the new table, added and revoked on one that stays (they were not read, so a plan left them out and a second diff saw nothing)
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER ledger_wrapper;
CREATE SERVER ledger_server FOREIGN DATA WRAPPER ledger_wrapper;
CREATE FOREIGN TABLE public.remote_accounts (id int, holder text, balance numeric) SERVER ledger_server;
GRANT SELECT (id, holder) ON public.remote_accounts TO pgshift_reader;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FOREIGN DATA WRAPPER ledger_wrapper;
CREATE SERVER ledger_server FOREIGN DATA WRAPPER ledger_wrapper;
CREATE FOREIGN TABLE public.remote_accounts (id int, holder text, balance numeric) SERVER ledger_server;
GRANT SELECT (id) ON public.remote_accounts TO pgshift_reader;
GRANT UPDATE (balance) ON public.remote_accounts TO pgshift_writer WITH GRANT OPTION;
CREATE FOREIGN TABLE public.remote_audit (id int, note text) SERVER ledger_server;
GRANT SELECT (note) ON public.remote_audit TO pgshift_reader;
