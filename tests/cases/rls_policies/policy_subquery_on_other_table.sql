-- a policy's USING has a subquery on a second, new table: that table must exist before the policy (policies depend on it)
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.channels (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.chat_messages (id int PRIMARY KEY, channel_id int NOT NULL REFERENCES public.channels (id), body text);
-- @after
CREATE TABLE public.channels (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.channel_members (channel_id int NOT NULL REFERENCES public.channels (id), member text NOT NULL, PRIMARY KEY (channel_id, member));
CREATE TABLE public.chat_messages (id int PRIMARY KEY, channel_id int NOT NULL REFERENCES public.channels (id), body text);
ALTER TABLE public.chat_messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY chat_messages_members ON public.chat_messages FOR SELECT
    USING (EXISTS (SELECT 1 FROM public.channel_members m WHERE m.channel_id = chat_messages.channel_id AND m.member = current_user));
