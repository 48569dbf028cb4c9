-- a label inserted between two existing labels: needs ADD VALUE ... BEFORE/AFTER so the sort order matches, not an append
-- @before
CREATE TYPE public.ticket_priority AS ENUM ('low', 'high', 'urgent');
CREATE TABLE public.tickets (id int PRIMARY KEY, priority public.ticket_priority NOT NULL);
-- @after
CREATE TYPE public.ticket_priority AS ENUM ('low', 'medium', 'high', 'urgent');
CREATE TABLE public.tickets (id int PRIMARY KEY, priority public.ticket_priority NOT NULL);
