-- a new event trigger on ddl_command_end with its event_trigger function: function first, superuser-only object
-- @before
-- @after
CREATE FUNCTION public.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
        RAISE NOTICE 'ddl: % %', r.command_tag, r.object_identity;
    END LOOP;
END
$$;
CREATE EVENT TRIGGER pgshift_log_ddl ON ddl_command_end EXECUTE FUNCTION public.log_ddl();
