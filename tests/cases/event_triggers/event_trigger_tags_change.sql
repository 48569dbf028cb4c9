-- the WHEN TAG IN filter of an event trigger changes: event triggers cannot alter their filter, so drop and recreate
-- @before
CREATE FUNCTION public.note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl %', tg_tag; END $$;
CREATE EVENT TRIGGER pgshift_note_ddl ON ddl_command_start WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION public.note_ddl();
-- @after
CREATE FUNCTION public.note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl %', tg_tag; END $$;
CREATE EVENT TRIGGER pgshift_note_ddl ON ddl_command_start WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE', 'DROP TABLE') EXECUTE FUNCTION public.note_ddl();
