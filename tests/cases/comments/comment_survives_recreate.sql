-- a commented view and commented column must be recreated (type change under the view): comments must be re-applied after recreation
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.accounts (id int PRIMARY KEY, balance int);
CREATE VIEW public.positive_accounts AS SELECT id, balance FROM public.accounts WHERE balance > 0;
COMMENT ON VIEW public.positive_accounts IS 'accounts in credit';
COMMENT ON COLUMN public.positive_accounts.balance IS 'cents';
-- @after
CREATE TABLE public.accounts (id int PRIMARY KEY, balance bigint);
CREATE VIEW public.positive_accounts AS SELECT id, balance FROM public.accounts WHERE balance > 0;
COMMENT ON VIEW public.positive_accounts IS 'accounts in credit';
COMMENT ON COLUMN public.positive_accounts.balance IS 'cents';
