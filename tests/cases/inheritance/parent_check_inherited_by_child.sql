-- a CHECK added on the parent is inherited by the child (one ALTER on the parent), while the child gains a local CHECK of its own
-- @before
CREATE TABLE public.accounts (id int NOT NULL, balance numeric NOT NULL);
CREATE TABLE public.savings_accounts (rate numeric) INHERITS (public.accounts);
-- @after
CREATE TABLE public.accounts (id int NOT NULL, balance numeric NOT NULL, CONSTRAINT accounts_balance_check CHECK (balance >= 0));
CREATE TABLE public.savings_accounts (rate numeric, CONSTRAINT savings_rate_check CHECK (rate BETWEEN 0 AND 1)) INHERITS (public.accounts);
