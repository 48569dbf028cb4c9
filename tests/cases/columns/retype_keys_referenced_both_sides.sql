-- integer ids widened to bigint on both sides of foreign keys (a self-reference among them): every primary key stays in place (PostgreSQL rebuilds it inside ALTER COLUMN TYPE), and only the foreign keys whose two sides both change type are dropped and added again NOT VALID in the same transaction, then validated
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.accounts (id serial PRIMARY KEY, email text UNIQUE);
CREATE TABLE public.orders (id serial PRIMARY KEY, account_id int NOT NULL REFERENCES public.accounts (id), parent_id int REFERENCES public.orders (id), total int);
CREATE INDEX orders_account_id_idx ON public.orders (account_id);
CREATE TABLE public.notes (id int PRIMARY KEY, order_id int REFERENCES public.orders (id));
-- @after
CREATE TABLE public.accounts (id bigserial PRIMARY KEY, email text UNIQUE);
CREATE TABLE public.orders (id bigserial PRIMARY KEY, account_id bigint NOT NULL REFERENCES public.accounts (id), parent_id bigint REFERENCES public.orders (id), total int);
CREATE INDEX orders_account_id_idx ON public.orders (account_id);
CREATE TABLE public.notes (id int PRIMARY KEY, order_id int REFERENCES public.orders (id));
