-- a primary key and unique keys (one deferrable) that only change name are renamed in place with their indexes (RENAME CONSTRAINT): no index rebuilt, the foreign keys that reference them stay; an exclusion constraint too
-- @before
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE public.accounts (id int, email text, CONSTRAINT accounts_pkey PRIMARY KEY (id), CONSTRAINT accounts_email_key UNIQUE (email), code text CONSTRAINT accounts_code_key UNIQUE DEFERRABLE);
CREATE TABLE public.logins (id int PRIMARY KEY, account int REFERENCES public.accounts(id), email text REFERENCES public.accounts(email));
CREATE TABLE public.slots (room int, during tsrange, CONSTRAINT slots_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&));
-- @after
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE public.accounts (id int, email text, CONSTRAINT "Account_pkey" PRIMARY KEY (id), CONSTRAINT account_email_unique UNIQUE (email), code text CONSTRAINT account_code_unique UNIQUE DEFERRABLE);
CREATE TABLE public.logins (id int PRIMARY KEY, account int REFERENCES public.accounts(id), email text REFERENCES public.accounts(email));
CREATE TABLE public.slots (room int, during tsrange, CONSTRAINT "Slots Overlap" EXCLUDE USING gist (room WITH =, during WITH &&));
