-- a SQL-standard procedure body (BEGIN ATOMIC) that depends on a table which is new in the target
-- @before
-- @after
CREATE TABLE public.counters (name text PRIMARY KEY, n bigint NOT NULL DEFAULT 0);
CREATE PROCEDURE public.reset_counter(counter_name text)
LANGUAGE sql
BEGIN ATOMIC
    UPDATE public.counters SET n = 0 WHERE name = counter_name;
END;
