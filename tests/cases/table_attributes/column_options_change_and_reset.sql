-- attribute options change value, lose one key, are reset entirely, beside a statistics target
-- @before
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text NOT NULL, account_id bigint, payload jsonb);
ALTER TABLE public.events ALTER COLUMN kind SET (n_distinct = -0.5, n_distinct_inherited = 100);
ALTER TABLE public.events ALTER COLUMN account_id SET (n_distinct = 5000);
ALTER TABLE public.events ALTER COLUMN payload SET (n_distinct = 10), ALTER COLUMN payload SET STATISTICS 500;
-- @after
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text NOT NULL, account_id bigint, payload jsonb);
ALTER TABLE public.events ALTER COLUMN kind SET (n_distinct = -0.25);
ALTER TABLE public.events ALTER COLUMN payload SET STATISTICS 1000;
