-- a child gains a second parent whose column it does not have: INHERIT needs the column first and would keep it local, so the child is recreated with its rows
-- @before
CREATE TABLE public.parent (id int, name text);
CREATE TABLE public.child (extra int) INHERITS (public.parent);
CREATE TABLE public.other (z int);
-- @after
CREATE TABLE public.parent (id int, name text, added int);
CREATE TABLE public.other (z int);
CREATE TABLE public.child (extra int) INHERITS (public.parent, public.other);
