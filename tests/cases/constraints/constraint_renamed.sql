-- a CHECK with identical expression but a new name: renamed in place (RENAME CONSTRAINT), no drop, add and scan
-- @before
CREATE TABLE public.temps (id int PRIMARY KEY, celsius numeric, CONSTRAINT temps_check CHECK (celsius > -273.15));
-- @after
CREATE TABLE public.temps (id int PRIMARY KEY, celsius numeric, CONSTRAINT temps_above_absolute_zero CHECK (celsius > -273.15));
