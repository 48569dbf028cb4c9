-- an enum in a types schema used by tables in two other schemas gains a value and one table gains a column of it
-- @before
CREATE SCHEMA types;
CREATE SCHEMA sales;
CREATE SCHEMA support;
CREATE TYPE types.channel AS ENUM ('email', 'phone');
CREATE TABLE sales.leads (id int PRIMARY KEY, source types.channel);
CREATE TABLE support.cases (id int PRIMARY KEY);
-- @after
CREATE SCHEMA types;
CREATE SCHEMA sales;
CREATE SCHEMA support;
CREATE TYPE types.channel AS ENUM ('email', 'phone', 'chat');
CREATE TABLE sales.leads (id int PRIMARY KEY, source types.channel);
CREATE TABLE support.cases (id int PRIMARY KEY, opened_via types.channel NOT NULL DEFAULT 'chat');
