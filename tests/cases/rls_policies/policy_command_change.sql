-- a policy's command changes from FOR SELECT to FOR ALL: ALTER POLICY cannot change the command, so drop and recreate
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.todos (id int PRIMARY KEY, owner text NOT NULL);
ALTER TABLE public.todos ENABLE ROW LEVEL SECURITY;
CREATE POLICY todos_owner ON public.todos FOR SELECT USING (owner = current_user);
-- @after
CREATE TABLE public.todos (id int PRIMARY KEY, owner text NOT NULL);
ALTER TABLE public.todos ENABLE ROW LEVEL SECURITY;
CREATE POLICY todos_owner ON public.todos FOR ALL USING (owner = current_user) WITH CHECK (owner = current_user);
