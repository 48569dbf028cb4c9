-- only attributes change (VOLATILE to STABLE, CALLED ON NULL INPUT to STRICT, PARALLEL SAFE, COST): ALTER FUNCTION or CREATE OR REPLACE
-- @before
CREATE FUNCTION public.normalize_phone(p text) RETURNS text LANGUAGE sql AS $$ SELECT regexp_replace(p, '\D', '', 'g') $$;
-- @after
CREATE FUNCTION public.normalize_phone(p text) RETURNS text LANGUAGE sql STABLE STRICT PARALLEL SAFE COST 50
    AS $$ SELECT regexp_replace(p, '\D', '', 'g') $$;
