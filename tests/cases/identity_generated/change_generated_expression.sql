-- a generated column's expression changes: PG15 cannot alter it in place, so the column is dropped and re-added (rewrite)
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.people (id int PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
    full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED);
-- @after
CREATE TABLE public.people (id int PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
    full_name text GENERATED ALWAYS AS (last_name || ', ' || first_name) STORED);
