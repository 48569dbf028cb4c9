-- a primary key is dropped (its index goes with it); the columns stay NOT NULL because they were declared so
-- expect-hazards: index-dropped
-- @before
CREATE TABLE public.tags (name text NOT NULL PRIMARY KEY, color text);
-- @after
CREATE TABLE public.tags (name text NOT NULL, color text);
