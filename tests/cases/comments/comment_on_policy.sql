-- a comment on an RLS policy (COMMENT ON POLICY name ON table)
-- @before
CREATE TABLE public.notes (id int PRIMARY KEY, owner text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON public.notes USING (owner = current_user);
-- @after
CREATE TABLE public.notes (id int PRIMARY KEY, owner text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON public.notes USING (owner = current_user);
COMMENT ON POLICY notes_owner ON public.notes IS 'owners see their own notes';
