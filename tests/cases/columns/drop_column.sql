-- a column is removed: its data is lost
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.users (id int PRIMARY KEY, email text NOT NULL, legacy_password_md5 text);
-- @after
CREATE TABLE public.users (id int PRIMARY KEY, email text NOT NULL);
