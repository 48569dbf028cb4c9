-- a column default is removed: ALTER COLUMN DROP DEFAULT
-- @before
CREATE TABLE public.accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
-- @after
CREATE TABLE public.accounts (id int PRIMARY KEY, balance numeric NOT NULL);
