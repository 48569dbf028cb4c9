-- RLS is disabled while the policies stay defined (they just stop applying): DISABLE ROW LEVEL SECURITY, no policy drops
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.docs (id int PRIMARY KEY, team text NOT NULL);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_team ON public.docs USING (team = current_setting('app.team', true));
-- @after
CREATE TABLE public.docs (id int PRIMARY KEY, team text NOT NULL);
CREATE POLICY docs_team ON public.docs USING (team = current_setting('app.team', true));
