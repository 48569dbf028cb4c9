-- USAGE on a schema and SELECT on all its current tables are granted: schema privilege plus per-table grants
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA analytics;
CREATE TABLE analytics.daily (day date PRIMARY KEY, visits int);
CREATE TABLE analytics.monthly (month date PRIMARY KEY, visits int);
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA analytics;
CREATE TABLE analytics.daily (day date PRIMARY KEY, visits int);
CREATE TABLE analytics.monthly (month date PRIMARY KEY, visits int);
GRANT USAGE ON SCHEMA analytics TO pgshift_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO pgshift_reader;
