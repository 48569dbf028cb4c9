-- a new table and a new column carry attribute options with their other settings
-- @before
CREATE TABLE public.events (id bigint PRIMARY KEY);
-- @after
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text);
ALTER TABLE public.events ALTER COLUMN kind SET (n_distinct = -0.5), ALTER COLUMN kind SET STATISTICS 200;
CREATE TABLE public.tags (id bigint PRIMARY KEY, name text NOT NULL);
ALTER TABLE public.tags ALTER COLUMN name SET (n_distinct_inherited = 100, n_distinct = 42), ALTER COLUMN name SET STORAGE MAIN;
