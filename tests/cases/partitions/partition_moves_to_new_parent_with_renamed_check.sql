-- a partition leaves a parent that is dropped for a new one whose CHECK has another name: the partition keeps its copy of the old parent's CHECK after it leaves, so that copy is dropped
-- @before
CREATE TABLE public.ledger (amount numeric CONSTRAINT ledger_amount_positive CHECK (amount > 0), book int) PARTITION BY LIST (book);
CREATE TABLE public.ledger_main PARTITION OF public.ledger FOR VALUES IN (1);
-- @after
CREATE TABLE public.ledger_v2 (amount numeric CONSTRAINT ledger_v2_amount_check CHECK (amount > 0), book int) PARTITION BY LIST (book);
CREATE TABLE public.ledger_main PARTITION OF public.ledger_v2 FOR VALUES IN (1);
