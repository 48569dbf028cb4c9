-- the kinds of extended statistics change (ndistinct -> mcv, dependencies): drop and recreate with the same name and columns
-- @before
CREATE TABLE public.listings (id int PRIMARY KEY, country text NOT NULL, state text NOT NULL);
CREATE STATISTICS public.listings_geo (ndistinct) ON country, state FROM public.listings;
-- @after
CREATE TABLE public.listings (id int PRIMARY KEY, country text NOT NULL, state text NOT NULL);
CREATE STATISTICS public.listings_geo (mcv, dependencies) ON country, state FROM public.listings;
