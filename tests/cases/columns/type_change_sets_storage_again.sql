-- a column's type and collation change while its storage, compression and statistics target are set: SET DATA TYPE puts the new type's storage back and forgets the compression, so they are set again after it
-- @before
CREATE TABLE public.documents (id int PRIMARY KEY, title varchar(80), body text COLLATE "C", payload jsonb);
ALTER TABLE public.documents ALTER COLUMN title SET STORAGE MAIN, ALTER COLUMN body SET STATISTICS 400;
-- @after
CREATE TABLE public.documents (id int PRIMARY KEY, title varchar(200), body text COLLATE "POSIX", payload jsonb);
ALTER TABLE public.documents ALTER COLUMN title SET STORAGE MAIN, ALTER COLUMN body SET STORAGE EXTERNAL, ALTER COLUMN body SET STATISTICS 400, ALTER COLUMN payload SET COMPRESSION pglz;
