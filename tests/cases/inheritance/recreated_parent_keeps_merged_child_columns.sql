-- a parent becomes a typed table (recreated with its rows) while its children declare some of its columns themselves as well as inheriting them, with their own NOT NULL and default: each child keeps its own rows and columns, and its rows are not counted as the parent's
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE TYPE public.place AS (code int, "Title" text);
CREATE TABLE public.places (code int, "Title" text);
CREATE TABLE public.shops (code int NOT NULL, "Title" text DEFAULT 'shop', till int) INHERITS (public.places);
CREATE TABLE public.parks () INHERITS (public.places);
INSERT INTO public.places VALUES (1, 'p');
INSERT INTO public.shops VALUES (2, 's', 7);
INSERT INTO public.parks VALUES (3, 'k');
-- @after
CREATE TYPE public.place AS (code int, "Title" text);
CREATE TABLE public.places OF public.place;
CREATE TABLE public.shops (code int NOT NULL, "Title" text DEFAULT 'shop', till int) INHERITS (public.places);
CREATE TABLE public.parks () INHERITS (public.places);
