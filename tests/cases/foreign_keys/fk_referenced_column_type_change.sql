-- the referenced key and the referencing column both widen int to bigint: the FK must be dropped, both columns altered, then re-added
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.accounts (id int PRIMARY KEY);
CREATE TABLE public.transfers (id int PRIMARY KEY, account_id int NOT NULL REFERENCES public.accounts (id));
-- @after
CREATE TABLE public.accounts (id bigint PRIMARY KEY);
CREATE TABLE public.transfers (id int PRIMARY KEY, account_id bigint NOT NULL REFERENCES public.accounts (id));
