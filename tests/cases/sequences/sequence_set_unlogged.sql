-- PG15 unlogged sequences: a sequence switches to UNLOGGED (ALTER SEQUENCE SET UNLOGGED)
-- @before
CREATE SEQUENCE public.scratch_seq;
-- @after
CREATE UNLOGGED SEQUENCE public.scratch_seq;
