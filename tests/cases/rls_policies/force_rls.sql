-- RLS is additionally FORCEd so the table owner is subject to policies too: ALTER TABLE FORCE ROW LEVEL SECURITY
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.notes (id int PRIMARY KEY, owner_name text NOT NULL, body text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON public.notes USING (owner_name = current_user);
-- @after
CREATE TABLE public.notes (id int PRIMARY KEY, owner_name text NOT NULL, body text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.notes FORCE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON public.notes USING (owner_name = current_user);
