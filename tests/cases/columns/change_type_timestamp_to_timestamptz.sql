-- timestamp to timestamptz: a rewrite whose result depends on the session TimeZone
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.logins (id bigint PRIMARY KEY, at timestamp NOT NULL DEFAULT now());
-- @after
CREATE TABLE public.logins (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());
