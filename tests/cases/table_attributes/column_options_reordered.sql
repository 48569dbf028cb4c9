-- the same attribute options in another order are set again in the target's order (dumps show the order)
-- @before
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text);
ALTER TABLE public.events ALTER COLUMN kind SET (n_distinct = -0.5, n_distinct_inherited = 100);
-- @after
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text);
ALTER TABLE public.events ALTER COLUMN kind SET (n_distinct_inherited = 100, n_distinct = -0.5);
