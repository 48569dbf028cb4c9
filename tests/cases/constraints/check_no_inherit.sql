-- a CHECK becomes NO INHERIT on a parent table with a child: the flag differs, so drop and re-add, and the child loses its copy
-- @before
CREATE TABLE public.base_items (id int, kind text, CONSTRAINT base_items_kind_check CHECK (kind IS NOT NULL));
CREATE TABLE public.special_items (extra text) INHERITS (public.base_items);
-- @after
CREATE TABLE public.base_items (id int, kind text, CONSTRAINT base_items_kind_check CHECK (kind IS NOT NULL) NO INHERIT);
CREATE TABLE public.special_items (extra text) INHERITS (public.base_items);
