-- a foreign key referencing a partitioned table's unique index is added only once every partition's index is attached (the parent index is built ON ONLY and stays invalid until then); the two tables reference each other
-- @before
CREATE TABLE public.keep_me (id int);
-- @after
CREATE TABLE public.keep_me (id int);
CREATE TABLE public.ledgers (region text NOT NULL, code int NOT NULL, note text) PARTITION BY LIST (region);
CREATE TABLE public.ledgers_eu PARTITION OF public.ledgers FOR VALUES IN ('eu');
CREATE TABLE public.ledgers_us PARTITION OF public.ledgers FOR VALUES IN ('us');
CREATE UNIQUE INDEX ledgers_region_code_uq ON public.ledgers (region, code);
CREATE TABLE public.entries (region text NOT NULL, code int NOT NULL, amount numeric) PARTITION BY LIST (region);
CREATE TABLE public.entries_eu PARTITION OF public.entries FOR VALUES IN ('eu');
CREATE UNIQUE INDEX entries_region_code_uq ON public.entries (region, code);
ALTER TABLE public.entries ADD CONSTRAINT entries_ledger_fk FOREIGN KEY (region, code) REFERENCES public.ledgers (region, code);
ALTER TABLE public.ledgers ADD CONSTRAINT ledgers_entry_fk FOREIGN KEY (region, code) REFERENCES public.entries (region, code);
