-- a plain column becomes a stored generated column (and back: DROP EXPRESSION keeps the values): PostgreSQL 15 cannot add an expression to a column, so it is dropped and added, losing what it held
-- expect-hazards: deletes-data, table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.boxes (id int PRIMARY KEY, width integer NOT NULL, height integer NOT NULL, area integer);
-- @after
CREATE TABLE public.boxes (id int PRIMARY KEY, width integer NOT NULL, height integer NOT NULL,
    area integer GENERATED ALWAYS AS (width * height) STORED);
