-- a table referencing itself (tree of categories) gains its parent FK with ON DELETE SET NULL
-- @before
CREATE TABLE public.categories (id int PRIMARY KEY, parent_id int, name text NOT NULL);
-- @after
CREATE TABLE public.categories (id int PRIMARY KEY, parent_id int REFERENCES public.categories (id) ON DELETE SET NULL, name text NOT NULL);
