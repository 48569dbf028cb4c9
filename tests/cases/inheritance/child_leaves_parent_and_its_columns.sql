-- a child leaves one of its parents and does not keep that parent's column: NO INHERIT leaves the column behind as the child's own, so it is dropped after
-- @before
CREATE TABLE public.parent (id int, name text);
CREATE TABLE public.other (z int, w text);
CREATE TABLE public.child (extra int) INHERITS (public.parent, public.other);
-- @after
CREATE TABLE public.parent (id int, name text);
CREATE TABLE public.other (z int, w text);
CREATE TABLE public.child (extra int, w text) INHERITS (public.parent);
