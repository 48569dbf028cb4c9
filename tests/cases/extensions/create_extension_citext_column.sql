-- a new extension whose type is used by a new column: CREATE EXTENSION must precede ALTER TABLE ADD COLUMN
-- @before
CREATE TABLE public.users (id bigint PRIMARY KEY, email text NOT NULL);
-- @after
CREATE EXTENSION citext;
CREATE TABLE public.users (id bigint PRIMARY KEY, email text NOT NULL, login citext UNIQUE);
