-- a column a child declared itself moves to its parent: the child must be recreated to hold it as inherited only (ALTER TABLE ADD COLUMN on the parent would merge it and keep it local)
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE TABLE public.base (created_at timestamp DEFAULT now());
CREATE TABLE public.items (a1 integer, e integer) INHERITS (public.base);
-- @after
CREATE TABLE public.base (created_at timestamp DEFAULT now(), e integer);
CREATE TABLE public.items (a1 integer) INHERITS (public.base);
