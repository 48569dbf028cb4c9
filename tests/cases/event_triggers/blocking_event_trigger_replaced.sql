-- an event trigger that rejects DDL at ddl_command_start is replaced by another one with a comment: the old one goes before any other statement, the new one and its comment after every other statement (both ways)
-- @before
CREATE FUNCTION public.refuse_ddl_old() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'ddl refused: %', tg_tag; END $$;
CREATE TABLE public.kept (id integer);
CREATE TABLE public.retired (id integer);
CREATE EVENT TRIGGER "No DDL (old)" ON ddl_command_start EXECUTE FUNCTION public.refuse_ddl_old();
COMMENT ON EVENT TRIGGER "No DDL (old)" IS 'freeze';
-- @after
CREATE FUNCTION public.refuse_ddl_new() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no % today', tg_tag; END $$;
CREATE TABLE public.kept (id integer, note text);
CREATE TABLE public.arrived (id integer);
CREATE EVENT TRIGGER "No DDL (new)" ON ddl_command_start WHEN TAG IN ('CREATE TABLE', 'DROP TABLE', 'ALTER TABLE') EXECUTE FUNCTION public.refuse_ddl_new();
COMMENT ON EVENT TRIGGER "No DDL (new)" IS 'freeze, it''s new';
