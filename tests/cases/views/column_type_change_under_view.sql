-- a table column used by a view changes type: PostgreSQL refuses ALTER COLUMN TYPE while the view exists, so drop view, alter, recreate view
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.accounts (id int PRIMARY KEY, balance int NOT NULL);
CREATE VIEW public.rich_accounts AS SELECT id, balance FROM public.accounts WHERE balance > 1000000;
-- @after
CREATE TABLE public.accounts (id int PRIMARY KEY, balance bigint NOT NULL);
CREATE VIEW public.rich_accounts AS SELECT id, balance FROM public.accounts WHERE balance > 1000000;
