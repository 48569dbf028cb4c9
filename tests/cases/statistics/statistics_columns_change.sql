-- the column list of extended statistics grows from two to three columns: statistics cannot be altered that way, drop and recreate (keeping the statistics target)
-- @before
CREATE TABLE public.trips (id int PRIMARY KEY, origin text NOT NULL, destination text NOT NULL, carrier text NOT NULL);
CREATE STATISTICS public.trips_route (dependencies) ON origin, destination FROM public.trips;
ALTER STATISTICS public.trips_route SET STATISTICS 200;
-- @after
CREATE TABLE public.trips (id int PRIMARY KEY, origin text NOT NULL, destination text NOT NULL, carrier text NOT NULL);
CREATE STATISTICS public.trips_route (dependencies) ON origin, destination, carrier FROM public.trips;
ALTER STATISTICS public.trips_route SET STATISTICS 200;
