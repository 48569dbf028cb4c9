-- a table becomes partitioned while the domain one of its columns uses gets a new base type: the domain is recreated with the column converted under the stash's name, then the new table is made with the new domain and the rows copied
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE DOMAIN public.amount AS integer CHECK (VALUE > 0);
CREATE TABLE public.ledger (id integer, at date NOT NULL, amt public.amount, note text);
CREATE TABLE public.plain (id integer, amt public.amount);
-- @after
CREATE DOMAIN public.amount AS bigint CHECK (VALUE > 0);
CREATE TABLE public.ledger (id integer, at date NOT NULL, amt public.amount, note text) PARTITION BY RANGE (at);
CREATE TABLE public.ledger_2020 PARTITION OF public.ledger FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE TABLE public.ledger_rest PARTITION OF public.ledger DEFAULT;
CREATE TABLE public.plain (id integer, amt public.amount);
