-- removing a label is impossible in place: the type must be recreated and the column (and its default) converted through text; rows holding the label fail
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TYPE public.account_state AS ENUM ('active', 'suspended', 'legacy', 'closed');
CREATE TABLE public.accounts (id int PRIMARY KEY, state public.account_state NOT NULL DEFAULT 'active');
-- @after
CREATE TYPE public.account_state AS ENUM ('active', 'suspended', 'closed');
CREATE TABLE public.accounts (id int PRIMARY KEY, state public.account_state NOT NULL DEFAULT 'active');
