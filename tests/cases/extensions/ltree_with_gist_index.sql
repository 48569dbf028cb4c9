-- a new ltree column with a GiST index using an extension operator class; three objects in dependency order
-- @before
CREATE TABLE public.categories (id int PRIMARY KEY, name text NOT NULL);
-- @after
CREATE EXTENSION ltree;
CREATE TABLE public.categories (id int PRIMARY KEY, name text NOT NULL, path ltree NOT NULL DEFAULT ''::ltree);
CREATE INDEX categories_path_gist ON public.categories USING gist (path gist_ltree_ops (siglen = 100));
