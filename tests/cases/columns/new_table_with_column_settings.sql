-- a new table and a new column with a statistics target, storage and compression: each set by its own ALTER COLUMN after the column exists, with no lock hazard on a table the plan creates
-- @before
CREATE TABLE public.notes (id int PRIMARY KEY);
-- @after
CREATE TABLE public.notes (id int PRIMARY KEY, body text COMPRESSION pglz);
ALTER TABLE public.notes ALTER COLUMN body SET STATISTICS 250;
CREATE TABLE public.blobs (id int PRIMARY KEY, payload bytea, tag text);
ALTER TABLE public.blobs ALTER COLUMN payload SET STORAGE MAIN, ALTER COLUMN tag SET STATISTICS 0;
