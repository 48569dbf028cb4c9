-- attribute options (n_distinct, n_distinct_inherited) set on existing columns
-- @before
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text NOT NULL, account_id bigint);
-- @after
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text NOT NULL, account_id bigint);
ALTER TABLE public.events ALTER COLUMN kind SET (n_distinct = -0.5, n_distinct_inherited = 100);
ALTER TABLE public.events ALTER COLUMN account_id SET (n_distinct = 5000);
