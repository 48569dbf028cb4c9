-- one column type change (varchar widening, no rewrite) touching a view, an index, an FK from another table and a policy: PostgreSQL still refuses it while the view and policy exist, so they are dropped and restored around the ALTER
-- expect-hazards: acquires-access-exclusive-lock
-- @before
CREATE TABLE public.teams (code varchar(8) PRIMARY KEY, name text);
CREATE TABLE public.players (id int PRIMARY KEY, team_code varchar(8) REFERENCES public.teams (code));
CREATE INDEX teams_name_code_idx ON public.teams (name, code);
CREATE VIEW public.team_codes AS SELECT code FROM public.teams;
ALTER TABLE public.teams ENABLE ROW LEVEL SECURITY;
CREATE POLICY teams_visible ON public.teams USING (code <> 'HIDDEN');
-- @after
CREATE TABLE public.teams (code varchar(16) PRIMARY KEY, name text);
CREATE TABLE public.players (id int PRIMARY KEY, team_code varchar(16) REFERENCES public.teams (code));
CREATE INDEX teams_name_code_idx ON public.teams (name, code);
CREATE VIEW public.team_codes AS SELECT code FROM public.teams;
ALTER TABLE public.teams ENABLE ROW LEVEL SECURITY;
CREATE POLICY teams_visible ON public.teams USING (code <> 'HIDDEN');
