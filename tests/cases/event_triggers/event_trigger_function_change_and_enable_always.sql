-- the event trigger's function body changes and the trigger is set ENABLE ALWAYS: replace the function, alter the trigger, keep it
-- @before
CREATE FUNCTION public.guard_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl'; END $$;
CREATE EVENT TRIGGER pgshift_guard_ddl ON ddl_command_end EXECUTE FUNCTION public.guard_ddl();
-- @after
CREATE FUNCTION public.guard_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl: %', tg_tag; END $$;
CREATE EVENT TRIGGER pgshift_guard_ddl ON ddl_command_end EXECUTE FUNCTION public.guard_ddl();
ALTER EVENT TRIGGER pgshift_guard_ddl ENABLE ALWAYS;
