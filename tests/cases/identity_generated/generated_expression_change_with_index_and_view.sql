-- a stored generated column that an index and a view use gets a new expression: it is dropped and added again, and its index and the view are rebuilt around it
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.people (id int PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
    full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED);
CREATE INDEX people_full_name_idx ON public.people (full_name);
CREATE VIEW public.people_names AS SELECT id, full_name FROM public.people;
-- @after
CREATE TABLE public.people (id int PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
    full_name text GENERATED ALWAYS AS (last_name || ', ' || first_name) STORED);
CREATE INDEX people_full_name_idx ON public.people (full_name);
CREATE VIEW public.people_names AS SELECT id, full_name FROM public.people;
