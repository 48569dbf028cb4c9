-- a child declares a column that the parent also has (merged, attislocal): dropping it from the parent must not drop it from the child
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.base (id int NOT NULL, note text);
CREATE TABLE public.derived (id int NOT NULL, note text, extra int) INHERITS (public.base);
-- @after
CREATE TABLE public.base (id int NOT NULL);
CREATE TABLE public.derived (id int NOT NULL, note text, extra int) INHERITS (public.base);
