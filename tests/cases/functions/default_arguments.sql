-- a parameter gains a default value: allowed by CREATE OR REPLACE (adding defaults), removing one would need a drop
-- @before
CREATE FUNCTION public.paginate(page int, per_page int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT (page - 1) * per_page $$;
-- @after
CREATE FUNCTION public.paginate(page int, per_page int DEFAULT 20) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT (page - 1) * per_page $$;
