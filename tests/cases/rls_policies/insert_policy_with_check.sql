-- an INSERT policy has only WITH CHECK (no USING allowed); created alongside an UPDATE policy having both
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.comments (id int PRIMARY KEY, author text NOT NULL, body text NOT NULL);
ALTER TABLE public.comments ENABLE ROW LEVEL SECURITY;
-- @after
CREATE TABLE public.comments (id int PRIMARY KEY, author text NOT NULL, body text NOT NULL);
ALTER TABLE public.comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY comments_insert ON public.comments FOR INSERT WITH CHECK (author = current_user);
CREATE POLICY comments_update ON public.comments FOR UPDATE USING (author = current_user) WITH CHECK (author = current_user AND length(body) > 0);
