-- an attribute removed from a composite type: ALTER TYPE DROP ATTRIBUTE loses that part of stored values
-- @before
CREATE TYPE public.geo_point AS (lat double precision, lon double precision, altitude double precision);
CREATE TABLE public.sightings (id int PRIMARY KEY, at public.geo_point);
-- @after
CREATE TYPE public.geo_point AS (lat double precision, lon double precision);
CREATE TABLE public.sightings (id int PRIMARY KEY, at public.geo_point);
