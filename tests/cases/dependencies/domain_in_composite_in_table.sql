-- a domain used by a composite type used by a table column, all new and in three schemas: domain, then type, then table
-- @before
CREATE SCHEMA d;
CREATE SCHEMA t;
-- @after
CREATE SCHEMA d;
CREATE SCHEMA t;
CREATE DOMAIN d.latitude AS double precision CHECK (VALUE BETWEEN -90 AND 90);
CREATE DOMAIN d.longitude AS double precision CHECK (VALUE BETWEEN -180 AND 180);
CREATE TYPE t.coordinates AS (lat d.latitude, lon d.longitude);
CREATE TABLE public.landmarks (id int PRIMARY KEY, name text NOT NULL, position t.coordinates);
