-- a partition's copy of its parent's primary key is renamed (renaming the index renames the key), and a long partition name makes PostgreSQL cut the name it chooses
-- @before
CREATE TABLE public.ledger (book text NOT NULL, line int NOT NULL, PRIMARY KEY (book, line)) PARTITION BY LIST (book);
CREATE TABLE public.ledger_main PARTITION OF public.ledger FOR VALUES IN ('main');
-- @after
CREATE TABLE public.ledger (book text NOT NULL, line int NOT NULL, PRIMARY KEY (book, line)) PARTITION BY LIST (book);
CREATE TABLE public.ledger_main PARTITION OF public.ledger FOR VALUES IN ('main');
ALTER INDEX public.ledger_main_pkey RENAME TO ledger_main_identity;
CREATE TABLE public.ledger_a_partition_with_a_rather_long_name_that_postgresql_cuts PARTITION OF public.ledger FOR VALUES IN ('long');
ALTER INDEX public.ledger_a_partition_with_a_rather_long_name_that_postgresql_pkey RENAME TO ledger_long_identity;
