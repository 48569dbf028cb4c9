-- an event trigger exists on both sides but is DISABLED in the target: ALTER EVENT TRIGGER DISABLE
-- @before
CREATE FUNCTION public.note_rewrite() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'rewrite of %', pg_event_trigger_table_rewrite_oid()::regclass; END $$;
CREATE EVENT TRIGGER pgshift_note_rewrite ON table_rewrite EXECUTE FUNCTION public.note_rewrite();
-- @after
CREATE FUNCTION public.note_rewrite() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'rewrite of %', pg_event_trigger_table_rewrite_oid()::regclass; END $$;
CREATE EVENT TRIGGER pgshift_note_rewrite ON table_rewrite EXECUTE FUNCTION public.note_rewrite();
ALTER EVENT TRIGGER pgshift_note_rewrite DISABLE;
