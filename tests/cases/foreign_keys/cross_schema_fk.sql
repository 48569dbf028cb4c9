-- a new table in one new schema references a table in another new schema: both schemas, then the referenced table, then the FK
-- @before
-- @after
CREATE SCHEMA identity;
CREATE SCHEMA billing;
CREATE TABLE identity.users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE billing.subscriptions (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES identity.users (id) ON DELETE RESTRICT);
