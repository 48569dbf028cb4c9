-- clustering moves to another index (which unmarks the first), goes away (SET WITHOUT CLUSTER), and goes with a dropped index
-- expect-hazards: index-dropped
-- @before
CREATE TABLE public.events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, kind text);
CREATE INDEX events_created_at ON public.events (created_at);
CREATE INDEX events_kind ON public.events (kind);
ALTER TABLE public.events CLUSTER ON events_created_at;
CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text);
ALTER TABLE public.accounts CLUSTER ON accounts_pkey;
CREATE TABLE public.logs (id bigint, at timestamptz);
CREATE INDEX logs_at ON public.logs (at);
ALTER TABLE public.logs CLUSTER ON logs_at;
-- @after
CREATE TABLE public.events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, kind text);
CREATE INDEX events_created_at ON public.events (created_at);
CREATE INDEX events_kind ON public.events (kind);
ALTER TABLE public.events CLUSTER ON events_kind;
CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text);
CREATE TABLE public.logs (id bigint, at timestamptz);
