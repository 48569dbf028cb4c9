-- a policy with identical definition gets a new name: ALTER POLICY RENAME or drop+create; never leave both
-- @before
CREATE TABLE public.items (id int PRIMARY KEY, visible boolean NOT NULL DEFAULT true);
ALTER TABLE public.items ENABLE ROW LEVEL SECURITY;
CREATE POLICY p1 ON public.items FOR SELECT USING (visible);
-- @after
CREATE TABLE public.items (id int PRIMARY KEY, visible boolean NOT NULL DEFAULT true);
ALTER TABLE public.items ENABLE ROW LEVEL SECURITY;
CREATE POLICY items_visible ON public.items FOR SELECT USING (visible);
