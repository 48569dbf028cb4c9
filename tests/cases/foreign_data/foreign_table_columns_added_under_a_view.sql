-- a foreign table read by a view gains columns, one between two others, of a type the plan creates, with an option, a default, NOT NULL, a comment and a column grant: each is added with ALTER FOREIGN TABLE ... ADD COLUMN (the remote rows are not read; columns are matched by name, so the new one's place does not matter) and the view stays
-- @before
CREATE FOREIGN DATA WRAPPER ledger_wrapper;
CREATE SERVER ledger_server FOREIGN DATA WRAPPER ledger_wrapper;
CREATE FOREIGN TABLE public.remote_entries (id bigint NOT NULL, amount numeric, booked_at timestamptz) SERVER ledger_server OPTIONS (table_name 'entries');
CREATE VIEW public.entry_amounts AS SELECT id, amount FROM public.remote_entries;
GRANT SELECT ON public.remote_entries TO PUBLIC;
-- @after
CREATE FOREIGN DATA WRAPPER ledger_wrapper;
CREATE SERVER ledger_server FOREIGN DATA WRAPPER ledger_wrapper;
CREATE TYPE public.entry_kind AS ENUM ('debit', 'credit');
CREATE FOREIGN TABLE public.remote_entries (id bigint NOT NULL, kind public.entry_kind OPTIONS (column_name 'entry_kind') DEFAULT 'debit', amount numeric, booked_at timestamptz, "Memo" text NOT NULL) SERVER ledger_server OPTIONS (table_name 'entries');
CREATE VIEW public.entry_amounts AS SELECT id, amount FROM public.remote_entries;
GRANT SELECT ON public.remote_entries TO PUBLIC;
GRANT UPDATE (kind) ON public.remote_entries TO PUBLIC;
COMMENT ON COLUMN public.remote_entries."Memo" IS 'free text';
