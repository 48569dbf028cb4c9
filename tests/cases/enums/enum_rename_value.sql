-- a label spelled differently in the same position looks like remove+add; a tool may use RENAME VALUE only if it can tell
-- @before
CREATE TYPE public.color AS ENUM ('red', 'grean', 'blue');
CREATE TABLE public.swatches (id int PRIMARY KEY, c public.color);
-- @after
CREATE TYPE public.color AS ENUM ('red', 'green', 'blue');
CREATE TABLE public.swatches (id int PRIMARY KEY, c public.color);
