-- a language and the function written in it are dropped: the function first, then the language
-- expect-hazards: breaks-clients
-- @before
CREATE LANGUAGE plfoo HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
CREATE FUNCTION public.answer() RETURNS int LANGUAGE plfoo IMMUTABLE AS $$ BEGIN RETURN 42; END $$;
-- @after
