-- a procedure is dropped: DROP PROCEDURE with its argument types
-- @before
CREATE PROCEDURE public.cleanup(days int) LANGUAGE sql AS $$ SELECT days $$;
-- @after
