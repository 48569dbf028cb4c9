-- citext moves from public to its own schema while a column uses its type: ALTER EXTENSION SET SCHEMA keeps the column intact
-- @before
CREATE EXTENSION citext;
CREATE TABLE public.tags (id int PRIMARY KEY, name citext NOT NULL UNIQUE);
-- @after
CREATE SCHEMA ext;
CREATE EXTENSION citext WITH SCHEMA ext;
CREATE TABLE public.tags (id int PRIMARY KEY, name ext.citext NOT NULL UNIQUE);
