-- a policy's USING and WITH CHECK expressions change: ALTER POLICY can change them in place
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.posts (id int PRIMARY KEY, author text NOT NULL, published boolean NOT NULL DEFAULT false);
ALTER TABLE public.posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_visibility ON public.posts USING (author = current_user) WITH CHECK (author = current_user);
-- @after
CREATE TABLE public.posts (id int PRIMARY KEY, author text NOT NULL, published boolean NOT NULL DEFAULT false);
ALTER TABLE public.posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_visibility ON public.posts USING (published OR author = current_user) WITH CHECK (author = current_user AND NOT published);
