-- a NOT NULL column with a constant default is added: no rewrite since PG11 thanks to the stored missing value
-- @before
CREATE TABLE public.projects (id int PRIMARY KEY, name text NOT NULL);
-- @after
CREATE TABLE public.projects (id int PRIMARY KEY, name text NOT NULL, archived boolean NOT NULL DEFAULT false);
