-- a table with rules becomes partitioned (so it is recreated through a stash, whose DROP takes its rules): one rule is unchanged, one disabled, one changes its action; all three must be on the new table
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE TABLE public.ledger (id bigint NOT NULL, booked date NOT NULL, amount numeric NOT NULL, PRIMARY KEY (id, booked));
CREATE TABLE public.ledger_audit (id bigint, what text);
CREATE RULE ledger_log_delete AS ON DELETE TO public.ledger DO ALSO INSERT INTO public.ledger_audit VALUES (OLD.id, 'delete');
CREATE RULE "Ledger No Update" AS ON UPDATE TO public.ledger WHERE OLD.amount < 0 DO INSTEAD NOTHING;
ALTER TABLE public.ledger DISABLE RULE "Ledger No Update";
CREATE RULE ledger_log_insert AS ON INSERT TO public.ledger DO ALSO INSERT INTO public.ledger_audit VALUES (NEW.id, 'insert');
INSERT INTO public.ledger VALUES (1, '2024-03-01', 10);
-- @after
CREATE TABLE public.ledger (id bigint NOT NULL, booked date NOT NULL, amount numeric NOT NULL, PRIMARY KEY (id, booked)) PARTITION BY RANGE (booked);
CREATE TABLE public.ledger_2024 PARTITION OF public.ledger FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.ledger_audit (id bigint, what text);
CREATE RULE ledger_log_delete AS ON DELETE TO public.ledger DO ALSO INSERT INTO public.ledger_audit VALUES (OLD.id, 'delete');
CREATE RULE "Ledger No Update" AS ON UPDATE TO public.ledger WHERE OLD.amount < 0 DO INSTEAD NOTHING;
ALTER TABLE public.ledger DISABLE RULE "Ledger No Update";
CREATE RULE ledger_log_insert AS ON INSERT TO public.ledger DO ALSO INSERT INTO public.ledger_audit VALUES (NEW.id, 'insert ' || NEW.amount);
