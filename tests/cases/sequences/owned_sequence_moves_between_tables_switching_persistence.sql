-- sequences change owner between tables that switch between logged and unlogged in the same plan: one leaves a table turning unlogged for one turning logged, one moves to a new column of its table while the old owning column goes (released first); each is released before its old owner switches and given to its new owner after that one switches, so no switch carries it (PostgreSQL 15+)
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock, deletes-data
-- @before
CREATE TABLE public."Ledger" (id bigint NOT NULL, old_ref bigint NOT NULL);
CREATE UNLOGGED TABLE public.scratch (id bigint NOT NULL);
CREATE SEQUENCE public.entry_numbers;
ALTER SEQUENCE public.entry_numbers OWNED BY public."Ledger".id;
CREATE SEQUENCE public.refs;
ALTER SEQUENCE public.refs OWNED BY public."Ledger".old_ref;
-- @after
CREATE UNLOGGED TABLE public."Ledger" (id bigint NOT NULL, ref bigint);
CREATE TABLE public.scratch (id bigint NOT NULL);
CREATE SEQUENCE public.entry_numbers;
ALTER SEQUENCE public.entry_numbers OWNED BY public.scratch.id;
CREATE SEQUENCE public.refs;
ALTER SEQUENCE public.refs OWNED BY public."Ledger".ref;
