-- an untrusted language becomes trusted and loses its inline handler: CREATE OR REPLACE LANGUAGE changes it in place, so the function written in it stays
-- expect-hazards: correctness
-- @before
CREATE LANGUAGE plfoo HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
CREATE FUNCTION public.answer() RETURNS int LANGUAGE plfoo IMMUTABLE AS $$ BEGIN RETURN 42; END $$;
-- @after
CREATE TRUSTED LANGUAGE plfoo HANDLER plpgsql_call_handler VALIDATOR plpgsql_validator;
CREATE FUNCTION public.answer() RETURNS int LANGUAGE plfoo IMMUTABLE AS $$ BEGIN RETURN 42; END $$;
