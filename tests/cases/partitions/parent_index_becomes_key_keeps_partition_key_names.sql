-- a partitioned table's unique index becomes its primary key while a partition keeps its own primary key under its own name: the index's drop takes the partition's key (CASCADE), which is added again before the parent's key so that the key adopts it
-- @before
CREATE TABLE public.accounts (region text NOT NULL, num int NOT NULL) PARTITION BY LIST (region);
CREATE TABLE public.accounts_eu PARTITION OF public.accounts FOR VALUES IN ('eu');
ALTER TABLE public.accounts_eu ADD CONSTRAINT accounts_eu_identity PRIMARY KEY (region, num);
CREATE UNIQUE INDEX accounts_ident ON public.accounts (region, num);
-- @after
CREATE TABLE public.accounts (region text NOT NULL, num int NOT NULL) PARTITION BY LIST (region);
CREATE TABLE public.accounts_eu PARTITION OF public.accounts FOR VALUES IN ('eu');
ALTER TABLE public.accounts_eu ADD CONSTRAINT accounts_eu_identity PRIMARY KEY (region, num);
ALTER TABLE public.accounts ADD CONSTRAINT accounts_ident PRIMARY KEY (region, num);
