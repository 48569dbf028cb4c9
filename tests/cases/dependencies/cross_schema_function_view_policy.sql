-- a view in schema api calls a function in schema auth that reads a table in schema core, and a policy in core uses the same function
-- expect-hazards: authz-change
-- @before
CREATE SCHEMA core;
CREATE SCHEMA auth;
CREATE SCHEMA api;
CREATE TABLE core.org_members (org_id int NOT NULL, member text NOT NULL, PRIMARY KEY (org_id, member));
CREATE TABLE core.projects (id int PRIMARY KEY, org_id int NOT NULL, name text);
-- @after
CREATE SCHEMA core;
CREATE SCHEMA auth;
CREATE SCHEMA api;
CREATE TABLE core.org_members (org_id int NOT NULL, member text NOT NULL, PRIMARY KEY (org_id, member));
CREATE TABLE core.projects (id int PRIMARY KEY, org_id int NOT NULL, name text);
CREATE FUNCTION auth.can_see(p_org int) RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT EXISTS (SELECT 1 FROM core.org_members WHERE org_id = p_org AND member = current_user) $$;
CREATE VIEW api.visible_projects AS SELECT id, name FROM core.projects WHERE auth.can_see(org_id);
ALTER TABLE core.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_members ON core.projects USING (auth.can_see(org_id));
