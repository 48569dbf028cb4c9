-- a policy is dropped while RLS stays enabled: rows it granted become invisible
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.messages (id int PRIMARY KEY, sender text NOT NULL, recipient text NOT NULL);
ALTER TABLE public.messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY messages_sender ON public.messages FOR SELECT USING (sender = current_user);
CREATE POLICY messages_recipient ON public.messages FOR SELECT USING (recipient = current_user);
-- @after
CREATE TABLE public.messages (id int PRIMARY KEY, sender text NOT NULL, recipient text NOT NULL);
ALTER TABLE public.messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY messages_recipient ON public.messages FOR SELECT USING (recipient = current_user);
