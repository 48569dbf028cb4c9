-- a comment is added to one rule and changed on another: COMMENT ON RULE ... ON table
-- @before
CREATE TABLE public.tickets (id int PRIMARY KEY, status text NOT NULL);
CREATE RULE tickets_keep AS ON DELETE TO public.tickets WHERE OLD.status = 'open' DO INSTEAD NOTHING;
CREATE RULE tickets_freeze AS ON UPDATE TO public.tickets WHERE OLD.status = 'closed' DO INSTEAD NOTHING;
COMMENT ON RULE tickets_freeze ON public.tickets IS 'closed tickets are read-only';
-- @after
CREATE TABLE public.tickets (id int PRIMARY KEY, status text NOT NULL);
CREATE RULE tickets_keep AS ON DELETE TO public.tickets WHERE OLD.status = 'open' DO INSTEAD NOTHING;
CREATE RULE tickets_freeze AS ON UPDATE TO public.tickets WHERE OLD.status = 'closed' DO INSTEAD NOTHING;
COMMENT ON RULE tickets_keep ON public.tickets IS 'open tickets cannot be deleted, close them first';
COMMENT ON RULE tickets_freeze ON public.tickets IS 'closed tickets are read-only, it''s final';
