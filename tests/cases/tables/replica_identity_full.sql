-- replica identity changes from default to FULL: ALTER TABLE REPLICA IDENTITY FULL, no column change
-- @before
CREATE TABLE public.ledger (id bigint PRIMARY KEY, amount numeric NOT NULL);
-- @after
CREATE TABLE public.ledger (id bigint PRIMARY KEY, amount numeric NOT NULL);
ALTER TABLE public.ledger REPLICA IDENTITY FULL;
