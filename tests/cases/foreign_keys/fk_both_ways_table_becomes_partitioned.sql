-- two tables reference each other with foreign keys and one of them becomes partitioned (and back): the foreign keys between them are dropped first, the table recreated with its rows, and the keys added again; no false cycle
-- expect-hazards: acquires-access-exclusive-lock, correctness, table-rewrite
-- @before
CREATE TABLE public.accounts (id int NOT NULL, region text NOT NULL, owner_id int, PRIMARY KEY (id, region));
CREATE TABLE public.members (id int PRIMARY KEY, account_id int, account_region text, FOREIGN KEY (account_id, account_region) REFERENCES public.accounts (id, region) ON DELETE CASCADE);
ALTER TABLE public.accounts ADD CONSTRAINT accounts_owner_fkey FOREIGN KEY (owner_id) REFERENCES public.members (id) DEFERRABLE INITIALLY DEFERRED;
INSERT INTO public.accounts VALUES (1, 'eu', NULL), (2, 'us', NULL);
INSERT INTO public.members VALUES (10, 1, 'eu'), (20, 2, 'us');
UPDATE public.accounts SET owner_id = id * 10;
-- @after
CREATE TABLE public.accounts (id int NOT NULL, region text NOT NULL, owner_id int, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE public.accounts_eu PARTITION OF public.accounts FOR VALUES IN ('eu');
CREATE TABLE public.accounts_other PARTITION OF public.accounts DEFAULT;
CREATE TABLE public.members (id int PRIMARY KEY, account_id int, account_region text, FOREIGN KEY (account_id, account_region) REFERENCES public.accounts (id, region) ON DELETE CASCADE);
ALTER TABLE public.accounts ADD CONSTRAINT accounts_owner_fkey FOREIGN KEY (owner_id) REFERENCES public.members (id) DEFERRABLE INITIALLY DEFERRED;
