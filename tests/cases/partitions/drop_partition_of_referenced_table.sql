-- a partition of a table that a foreign key references is dropped while its parent stays: it is detached first, since PostgreSQL will not drop a partition that the foreign key's per-partition copies reference
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.accounts (region text NOT NULL, id int NOT NULL, PRIMARY KEY (region, id)) PARTITION BY LIST (region);
CREATE TABLE public.accounts_eu PARTITION OF public.accounts FOR VALUES IN ('eu');
CREATE TABLE public.accounts_apac PARTITION OF public.accounts FOR VALUES IN ('apac');
CREATE TABLE public.invoices (id int PRIMARY KEY, region text, account int, FOREIGN KEY (region, account) REFERENCES public.accounts (region, id));
-- @after
CREATE TABLE public.accounts (region text NOT NULL, id int NOT NULL, PRIMARY KEY (region, id)) PARTITION BY LIST (region);
CREATE TABLE public.accounts_eu PARTITION OF public.accounts FOR VALUES IN ('eu');
CREATE TABLE public.invoices (id int PRIMARY KEY, region text, account int, FOREIGN KEY (region, account) REFERENCES public.accounts (region, id));
