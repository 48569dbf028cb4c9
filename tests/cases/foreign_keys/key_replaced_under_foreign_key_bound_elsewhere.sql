-- a primary key over the columns a foreign key references is replaced (moved to other columns) while a unique index over the same columns stays: the foreign key is bound to whichever of the two PostgreSQL found first where it was added, which a copy built elsewhere (the shadow a plan is validated in, a database restored from a dump) may not share, so it is dropped and added again around the key's replacement wherever it could be bound to the key
-- @before
CREATE TABLE public.accounts (id bigint NOT NULL, "Code" text NOT NULL, name text);
CREATE UNIQUE INDEX accounts_code ON public.accounts ("Code");
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY ("Code");
CREATE TABLE public.entries (id bigint, account_code text REFERENCES public.accounts ("Code") ON DELETE CASCADE, amount numeric);
-- @after
CREATE TABLE public.accounts (id bigint NOT NULL, "Code" text NOT NULL, name text);
CREATE UNIQUE INDEX accounts_code ON public.accounts ("Code");
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
CREATE TABLE public.entries (id bigint, account_code text REFERENCES public.accounts ("Code") ON DELETE CASCADE, amount numeric);
