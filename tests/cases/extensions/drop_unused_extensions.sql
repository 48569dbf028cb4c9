-- extensions no column uses are dropped: their functions, types and operators go with them, and routine bodies that call them are not tracked by PostgreSQL, so they fail only when they run
-- expect-hazards: breaks-clients, untrackable-dependencies
-- @before
CREATE SCHEMA tools;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA tools;
CREATE EXTENSION IF NOT EXISTS amcheck;
CREATE FUNCTION tools.similar_names(a text, b text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    RETURN tools.similarity(a, b) > 0.5;
END
$$;
-- @after
CREATE SCHEMA tools;
CREATE FUNCTION tools.similar_names(a text, b text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    RETURN tools.similarity(a, b) > 0.5;
END
$$;
