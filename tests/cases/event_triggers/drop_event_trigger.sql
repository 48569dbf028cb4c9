-- an event trigger and its function are dropped: event trigger first
-- @before
CREATE FUNCTION public.block_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'drops are blocked'; END $$;
CREATE EVENT TRIGGER pgshift_block_drops ON sql_drop EXECUTE FUNCTION public.block_drops();
-- @after
