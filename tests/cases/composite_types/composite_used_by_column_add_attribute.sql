-- adding an attribute to a composite type that a table column uses works in place (unlike ALTER ATTRIBUTE TYPE); no table rewrite needed
-- @before
CREATE TYPE public.dimensions AS (width_mm int, height_mm int);
CREATE TABLE public.parcels (id int PRIMARY KEY, size public.dimensions);
-- @after
CREATE TYPE public.dimensions AS (width_mm int, height_mm int, depth_mm int);
CREATE TABLE public.parcels (id int PRIMARY KEY, size public.dimensions);
