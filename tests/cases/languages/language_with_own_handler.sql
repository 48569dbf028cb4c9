-- a language whose handler is a C function of the user's (plpgsql's call handler under another name): the handler function first, then the language; rollback the reverse
-- @before
-- @after
CREATE FUNCTION public.my_handler() RETURNS language_handler AS 'plpgsql', 'plpgsql_call_handler' LANGUAGE c;
CREATE LANGUAGE plmine HANDLER public.my_handler;
