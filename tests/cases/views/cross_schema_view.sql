-- a view in a new api schema selects from tables in two other schemas: schemas and tables before the view
-- @before
CREATE SCHEMA core;
CREATE SCHEMA billing;
CREATE TABLE core.users (id int PRIMARY KEY, email text NOT NULL);
CREATE TABLE billing.plans (user_id int PRIMARY KEY REFERENCES core.users (id), tier text NOT NULL);
-- @after
CREATE SCHEMA core;
CREATE SCHEMA billing;
CREATE SCHEMA api;
CREATE TABLE core.users (id int PRIMARY KEY, email text NOT NULL);
CREATE TABLE billing.plans (user_id int PRIMARY KEY REFERENCES core.users (id), tier text NOT NULL);
CREATE VIEW api.user_plans AS SELECT u.id, u.email, coalesce(p.tier, 'free') AS tier FROM core.users u LEFT JOIN billing.plans p ON p.user_id = u.id;
