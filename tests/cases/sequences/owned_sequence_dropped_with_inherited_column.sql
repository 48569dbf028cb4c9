-- a parent's bigserial column is dropped while its child keeps a column of that name as its own (the child leaves the parent, so the column stays with its values): the child's default, which calls nextval on the parent's sequence, goes first, and the child leaves before the parent's drop recurses to it
-- @before
CREATE TABLE public.base (id bigserial, kind text);
CREATE TABLE public.derived (extra int) INHERITS (public.base);
-- @after
CREATE TABLE public.base (kind text);
CREATE TABLE public.derived (id bigint NOT NULL, kind text, extra int);
