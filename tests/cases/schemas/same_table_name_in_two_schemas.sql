-- two tables share a name in different schemas; only the one in the second schema changes, identity must be schema-qualified
-- @before
CREATE SCHEMA tenant_a;
CREATE SCHEMA tenant_b;
CREATE TABLE tenant_a.items (id int PRIMARY KEY, label text);
CREATE TABLE tenant_b.items (id int PRIMARY KEY, label text);
-- @after
CREATE SCHEMA tenant_a;
CREATE SCHEMA tenant_b;
CREATE TABLE tenant_a.items (id int PRIMARY KEY, label text);
CREATE TABLE tenant_b.items (id int PRIMARY KEY, label text, archived boolean NOT NULL DEFAULT false);
