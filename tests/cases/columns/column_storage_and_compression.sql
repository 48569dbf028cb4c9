-- column storage becomes EXTERNAL and another column's compression becomes lz4: metadata-only ALTER COLUMN SET STORAGE / SET COMPRESSION
-- @before
CREATE TABLE public.documents (id int PRIMARY KEY, raw bytea, body text);
-- @after
CREATE TABLE public.documents (id int PRIMARY KEY, raw bytea, body text COMPRESSION lz4);
ALTER TABLE public.documents ALTER COLUMN raw SET STORAGE EXTERNAL;
