-- dropping a schema that still holds a table, a view and a function: contents must go first (or CASCADE) and data is lost
-- expect-hazards: deletes-data
-- @before
CREATE SCHEMA reporting;
CREATE TABLE reporting.daily_totals (day date PRIMARY KEY, total numeric(12,2) NOT NULL);
CREATE VIEW reporting.recent_totals AS SELECT day, total FROM reporting.daily_totals WHERE day > DATE '2024-01-01';
CREATE FUNCTION reporting.total_for(d date) RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT total FROM reporting.daily_totals WHERE day = d $$;
CREATE TABLE public.keepme (id int PRIMARY KEY);
-- @after
CREATE TABLE public.keepme (id int PRIMARY KEY);
