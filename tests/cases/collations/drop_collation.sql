-- a collation is dropped after the column using it returns to the default collation: column first, then the collation
-- @before
CREATE COLLATION public.nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE public.tags (id int PRIMARY KEY, label text COLLATE public.nocase);
-- @after
CREATE TABLE public.tags (id int PRIMARY KEY, label text);
