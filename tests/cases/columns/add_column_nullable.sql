-- a nullable column without default is added: metadata-only ALTER TABLE ADD COLUMN
-- @before
CREATE TABLE public.profiles (id int PRIMARY KEY, display_name text);
-- @after
CREATE TABLE public.profiles (id int PRIMARY KEY, display_name text, bio text);
