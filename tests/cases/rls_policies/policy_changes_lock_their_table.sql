-- policies and the row level security switches on existing tables declare the ACCESS EXCLUSIVE lock they take; on a table the plan creates they declare none
-- expect-hazards: authz-change, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.ledgers (id int PRIMARY KEY, owner text NOT NULL);
ALTER TABLE public.ledgers ENABLE ROW LEVEL SECURITY;
CREATE POLICY ledgers_owner ON public.ledgers USING (owner = current_user);
CREATE TABLE public.notes (id int PRIMARY KEY, body text);
-- @after
CREATE TABLE public.ledgers (id int PRIMARY KEY, owner text NOT NULL);
ALTER TABLE public.ledgers ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.ledgers FORCE ROW LEVEL SECURITY;
CREATE POLICY ledgers_read ON public.ledgers FOR SELECT USING (true);
CREATE TABLE public.notes (id int PRIMARY KEY, body text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_all ON public.notes USING (body IS NOT NULL);
CREATE TABLE public.drafts (id int PRIMARY KEY, author text);
ALTER TABLE public.drafts ENABLE ROW LEVEL SECURITY;
CREATE POLICY drafts_author ON public.drafts USING (author = current_user);
