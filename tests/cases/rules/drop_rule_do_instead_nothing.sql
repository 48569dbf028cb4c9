-- a DO INSTEAD NOTHING rule that silently swallowed deletes is dropped: DROP RULE, the table stays
-- @before
CREATE TABLE public.ledger (id bigint PRIMARY KEY, amount numeric NOT NULL, booked_at timestamptz NOT NULL);
CREATE RULE ledger_no_delete AS ON DELETE TO public.ledger DO INSTEAD NOTHING;
CREATE RULE ledger_no_update AS ON UPDATE TO public.ledger WHERE OLD.booked_at < now() - interval '1 day' DO INSTEAD NOTHING;
-- @after
CREATE TABLE public.ledger (id bigint PRIMARY KEY, amount numeric NOT NULL, booked_at timestamptz NOT NULL);
CREATE RULE ledger_no_update AS ON UPDATE TO public.ledger WHERE OLD.booked_at < now() - interval '1 day' DO INSTEAD NOTHING;
