-- the order of a table's parents changes (it decides its column order): the child is recreated with its rows
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE TABLE public.audited (changed_by text);
CREATE TABLE public.dated (changed_at timestamptz);
CREATE TABLE public.notes (body text) INHERITS (public.audited, public.dated);
-- @after
CREATE TABLE public.audited (changed_by text);
CREATE TABLE public.dated (changed_at timestamptz);
CREATE TABLE public.notes (body text) INHERITS (public.dated, public.audited);
