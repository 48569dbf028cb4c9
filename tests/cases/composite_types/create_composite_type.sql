-- a new composite type used as a column type and as a function result: type before table and function
-- @before
CREATE TABLE public.shops (id int PRIMARY KEY);
-- @after
CREATE TYPE public.postal_address AS (street text, city text, postcode varchar(12), country char(2));
CREATE TABLE public.shops (id int PRIMARY KEY, address public.postal_address);
CREATE FUNCTION public.shop_city(s public.shops) RETURNS text LANGUAGE sql STABLE AS $$ SELECT (s.address).city $$;
