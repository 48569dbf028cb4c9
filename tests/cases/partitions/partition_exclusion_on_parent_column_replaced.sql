-- a partitioned table's plain column becomes a stored generated column (dropped and added on the parent, which takes the partitions' copies along): a partition's own exclusion constraint reading it in an expression and predicate, and its own expression index, are dropped before and made again after; back, DROP EXPRESSION keeps them
-- @before
CREATE TABLE public.ledger (id int NOT NULL, qty int NOT NULL, total int) PARTITION BY RANGE (id);
CREATE TABLE public.ledger_low PARTITION OF public.ledger FOR VALUES FROM (0) TO (100);
CREATE TABLE public.ledger_high PARTITION OF public.ledger FOR VALUES FROM (100) TO (200);
ALTER TABLE public.ledger_low ADD CONSTRAINT ledger_low_total_excl EXCLUDE USING btree ((total + 0) WITH =) WHERE (total > 0);
CREATE INDEX ledger_low_total_idx ON public.ledger_low ((total * 2));
ALTER TABLE public.ledger_high ADD CONSTRAINT ledger_high_qty_excl EXCLUDE USING btree ((qty + 0) WITH =);
-- @after
CREATE TABLE public.ledger (id int NOT NULL, qty int NOT NULL, total int GENERATED ALWAYS AS (qty * 2) STORED) PARTITION BY RANGE (id);
CREATE TABLE public.ledger_low PARTITION OF public.ledger FOR VALUES FROM (0) TO (100);
CREATE TABLE public.ledger_high PARTITION OF public.ledger FOR VALUES FROM (100) TO (200);
ALTER TABLE public.ledger_low ADD CONSTRAINT ledger_low_total_excl EXCLUDE USING btree ((total + 0) WITH =) WHERE (total > 0);
CREATE INDEX ledger_low_total_idx ON public.ledger_low ((total * 2));
ALTER TABLE public.ledger_high ADD CONSTRAINT ledger_high_qty_excl EXCLUDE USING btree ((qty + 0) WITH =);
