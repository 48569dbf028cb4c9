-- a new sql_drop event trigger that rejects every drop, made in the same plan as drops of a table and a function: the drops go first, the trigger last
-- @before
CREATE SCHEMA app;
CREATE TABLE app.legacy (id integer);
CREATE FUNCTION app.legacy_count() RETURNS bigint LANGUAGE sql AS $$ SELECT 1::bigint $$;
-- @after
CREATE SCHEMA app;
CREATE FUNCTION app.keep_everything() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'nothing may be dropped'; END $$;
CREATE EVENT TRIGGER keep_everything ON sql_drop EXECUTE FUNCTION app.keep_everything();
