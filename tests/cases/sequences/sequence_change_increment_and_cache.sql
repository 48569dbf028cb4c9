-- increment and cache of an existing sequence change: ALTER SEQUENCE, never drop/create (which would reset the value)
-- @before
CREATE SEQUENCE public.ticket_seq INCREMENT BY 1 CACHE 1;
-- @after
CREATE SEQUENCE public.ticket_seq INCREMENT BY 10 CACHE 20;
