-- an input parameter is renamed: CREATE OR REPLACE cannot change parameter names, so the function must be dropped and recreated
-- @before
CREATE FUNCTION public.greet(n text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'Hello, ' || n $$;
-- @after
CREATE FUNCTION public.greet(person_name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'Hello, ' || person_name $$;
