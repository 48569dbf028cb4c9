-- function-level settings (SET work_mem, SET statement_timeout) change: ALTER FUNCTION SET/RESET or CREATE OR REPLACE with the new list
-- @before
CREATE FUNCTION public.heavy_report() RETURNS bigint LANGUAGE sql STABLE SET work_mem = '64MB'
    AS $$ SELECT count(*) FROM pg_class $$;
-- @after
CREATE FUNCTION public.heavy_report() RETURNS bigint LANGUAGE sql STABLE SET work_mem = '256MB' SET statement_timeout = '30s'
    AS $$ SELECT count(*) FROM pg_class $$;
