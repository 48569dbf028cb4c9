-- a CHECK with identical expression but a new name: seen as drop+add (or RENAME CONSTRAINT); the name is compared
-- @before
CREATE TABLE public.temps (id int PRIMARY KEY, celsius numeric, CONSTRAINT temps_check CHECK (celsius > -273.15));
-- @after
CREATE TABLE public.temps (id int PRIMARY KEY, celsius numeric, CONSTRAINT temps_above_absolute_zero CHECK (celsius > -273.15));
