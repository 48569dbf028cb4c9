-- a sequence widens from integer to bigint and its maxvalue follows the type: ALTER SEQUENCE AS bigint with the new MAXVALUE
-- @before
CREATE SEQUENCE public.event_seq AS integer;
-- @after
CREATE SEQUENCE public.event_seq AS bigint;
