-- a table is marked clustered on an existing index, and on its primary key
-- @before
CREATE TABLE public.events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL);
CREATE INDEX events_created_at ON public.events (created_at);
CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text);
-- @after
CREATE TABLE public.events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL);
CREATE INDEX events_created_at ON public.events (created_at);
ALTER TABLE public.events CLUSTER ON events_created_at;
CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text);
ALTER TABLE public.accounts CLUSTER ON accounts_pkey;
