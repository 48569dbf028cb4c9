-- the parent goes and the child stays with one of the parent's columns: the other inherited column is dropped after NO INHERIT
-- @before
CREATE TABLE public.parent (id int, name text);
CREATE TABLE public.child (extra int) INHERITS (public.parent);
-- @after
CREATE TABLE public.child (id int, extra int);
