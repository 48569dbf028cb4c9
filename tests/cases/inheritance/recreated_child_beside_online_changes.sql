-- a child recreated (its column moves to the parent) in the same plan as online changes to another table: the steps between the stash and the copy keep their plain, transactional forms, so the recreate is never split across transactions
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite, full-table-scan, index-build
-- @before
CREATE TABLE public.accounts (id int PRIMARY KEY, email text);
CREATE TABLE public.base (created_at timestamp DEFAULT now());
CREATE TABLE public.items (a1 integer, e integer) INHERITS (public.base);
-- @after
CREATE TABLE public.accounts (id int PRIMARY KEY, email text NOT NULL);
CREATE INDEX accounts_email_idx ON public.accounts (email);
CREATE TABLE public.base (created_at timestamp DEFAULT now(), e integer);
CREATE TABLE public.items (a1 integer) INHERITS (public.base);
