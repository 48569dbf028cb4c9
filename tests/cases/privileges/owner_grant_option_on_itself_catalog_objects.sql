-- the owner gives itself grant options on its own language, foreign-data wrapper, server, foreign table, range type and aggregate: taken back without losing the privilege itself, as for tables and functions
-- expect-hazards: authz-change
-- @before
CREATE TRUSTED LANGUAGE plledger HANDLER plpgsql_call_handler VALIDATOR plpgsql_validator;
CREATE FOREIGN DATA WRAPPER ledger_wrapper;
CREATE SERVER ledger_archive FOREIGN DATA WRAPPER ledger_wrapper;
CREATE FOREIGN TABLE public.archived_entries (id bigint, memo text) SERVER ledger_archive;
CREATE TYPE public.entry_span AS RANGE (SUBTYPE = bigint);
CREATE AGGREGATE public.memo_total(bigint) (SFUNC = int8pl, STYPE = bigint);
GRANT USAGE ON LANGUAGE plledger TO CURRENT_USER WITH GRANT OPTION;
GRANT USAGE ON FOREIGN DATA WRAPPER ledger_wrapper TO CURRENT_USER WITH GRANT OPTION;
GRANT USAGE ON FOREIGN SERVER ledger_archive TO CURRENT_USER WITH GRANT OPTION;
GRANT SELECT, INSERT ON public.archived_entries TO CURRENT_USER WITH GRANT OPTION;
GRANT USAGE ON TYPE public.entry_span TO CURRENT_USER WITH GRANT OPTION;
GRANT EXECUTE ON FUNCTION public.memo_total(bigint) TO CURRENT_USER WITH GRANT OPTION;
-- @after
CREATE TRUSTED LANGUAGE plledger HANDLER plpgsql_call_handler VALIDATOR plpgsql_validator;
CREATE FOREIGN DATA WRAPPER ledger_wrapper;
CREATE SERVER ledger_archive FOREIGN DATA WRAPPER ledger_wrapper;
CREATE FOREIGN TABLE public.archived_entries (id bigint, memo text) SERVER ledger_archive;
CREATE TYPE public.entry_span AS RANGE (SUBTYPE = bigint);
CREATE AGGREGATE public.memo_total(bigint) (SFUNC = int8pl, STYPE = bigint);
