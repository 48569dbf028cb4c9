-- a SQL function in one schema calls a new SQL function in another schema: the callee must be created first (SQL bodies are validated at creation)
-- @before
CREATE SCHEMA util;
CREATE SCHEMA api;
-- @after
CREATE SCHEMA util;
CREATE SCHEMA api;
CREATE FUNCTION util.clamp(v numeric, lo numeric, hi numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT greatest(lo, least(hi, v)) $$;
CREATE FUNCTION api.percent(v numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT util.clamp(v, 0, 100) $$;
