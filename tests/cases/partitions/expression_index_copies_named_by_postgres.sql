-- partitions join a parent whose indexes hold expressions (a function call, a cast of a column, COALESCE, CASE, an operator, a quoted function name): PostgreSQL names each partition's copy from the parent index's column names (lower, upper, the cast column's own name, coalesce, case, expr, numbered when repeated), so the plan expects those names and renames only what the target names otherwise
-- @before
CREATE FUNCTION public."Fold"(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$;
CREATE TABLE public.notes (id int NOT NULL, title text, body text) PARTITION BY LIST (id);
CREATE TABLE public.notes_1 PARTITION OF public.notes FOR VALUES IN (1);
CREATE INDEX notes_search ON public.notes (lower(title), upper(body), lower(body), (title || body));
CREATE INDEX notes_mixed ON public.notes (COALESCE(title, body), (id::text), (CASE WHEN id > 0 THEN title END), public."Fold"(body));
CREATE TABLE public.loose_notes (id int NOT NULL, title text, body text);
CREATE INDEX loose_notes_own ON public.loose_notes (lower(title), upper(body), lower(body), (title || body));
-- @after
CREATE FUNCTION public."Fold"(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$;
CREATE TABLE public.notes (id int NOT NULL, title text, body text) PARTITION BY LIST (id);
CREATE TABLE public.notes_1 PARTITION OF public.notes FOR VALUES IN (1);
CREATE INDEX notes_search ON public.notes (lower(title), upper(body), lower(body), (title || body));
CREATE INDEX notes_mixed ON public.notes (COALESCE(title, body), (id::text), (CASE WHEN id > 0 THEN title END), public."Fold"(body));
CREATE TABLE public.notes_2 PARTITION OF public.notes FOR VALUES IN (2);
CREATE TABLE public.loose_notes (id int NOT NULL, title text, body text);
ALTER TABLE public.notes ATTACH PARTITION public.loose_notes FOR VALUES IN (3);
