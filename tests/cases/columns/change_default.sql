-- a column default changes from one constant to another and another column gains a default: ALTER COLUMN SET DEFAULT only
-- @before
CREATE TABLE public.settings (id int PRIMARY KEY, theme text DEFAULT 'light', page_size int);
-- @after
CREATE TABLE public.settings (id int PRIMARY KEY, theme text DEFAULT 'system', page_size int DEFAULT 25);
