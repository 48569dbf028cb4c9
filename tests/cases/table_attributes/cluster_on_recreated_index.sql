-- a clustered index rebuilt with a new definition, a clustered primary key on new columns, a new clustered index on a new table, and one rebuilt by a column type change stay clustered
-- @before
CREATE TABLE public.events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, kind text);
CREATE INDEX events_created_at ON public.events (created_at);
ALTER TABLE public.events CLUSTER ON events_created_at;
CREATE TABLE public.accounts (id bigint NOT NULL, region int NOT NULL, name text, CONSTRAINT accounts_pkey PRIMARY KEY (id));
ALTER TABLE public.accounts CLUSTER ON accounts_pkey;
CREATE TABLE public.logs (id bigint, code int);
CREATE INDEX logs_code ON public.logs (code);
ALTER TABLE public.logs CLUSTER ON logs_code;
-- @after
CREATE TABLE public.events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, kind text);
CREATE INDEX events_created_at ON public.events (created_at, kind);
ALTER TABLE public.events CLUSTER ON events_created_at;
CREATE TABLE public.accounts (id bigint NOT NULL, region int NOT NULL, name text, CONSTRAINT accounts_pkey PRIMARY KEY (region, id));
ALTER TABLE public.accounts CLUSTER ON accounts_pkey;
CREATE TABLE public.logs (id bigint, code bigint);
CREATE INDEX logs_code ON public.logs (code);
ALTER TABLE public.logs CLUSTER ON logs_code;
CREATE TABLE public.audit (id bigint, at timestamptz);
CREATE INDEX audit_at ON public.audit (at);
ALTER TABLE public.audit CLUSTER ON audit_at;
