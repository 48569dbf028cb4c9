-- a logged table becomes UNLOGGED (contents lost on crash from then on): ALTER TABLE SET UNLOGGED, also a rewrite
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.rate_limits (bucket text PRIMARY KEY, tokens int NOT NULL);
-- @after
CREATE UNLOGGED TABLE public.rate_limits (bucket text PRIMARY KEY, tokens int NOT NULL);
