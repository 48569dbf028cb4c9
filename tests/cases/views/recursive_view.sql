-- a new RECURSIVE view walking a tree; stored as a WITH RECURSIVE query
-- @before
CREATE TABLE public.org_units (id int PRIMARY KEY, parent_id int REFERENCES public.org_units (id), name text NOT NULL);
-- @after
CREATE TABLE public.org_units (id int PRIMARY KEY, parent_id int REFERENCES public.org_units (id), name text NOT NULL);
CREATE RECURSIVE VIEW public.org_paths (id, path) AS
    SELECT id, name FROM public.org_units WHERE parent_id IS NULL
    UNION ALL
    SELECT u.id, p.path || ' / ' || u.name FROM public.org_units u JOIN org_paths p ON u.parent_id = p.id;
