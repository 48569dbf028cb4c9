-- a domain constraint added NOT VALID stays unvalidated in the target; the tool must not validate it nor treat it as equal to a valid one
-- @before
CREATE DOMAIN public.us_zip AS text;
CREATE TABLE public.addresses (id int PRIMARY KEY, zip public.us_zip);
-- @after
CREATE DOMAIN public.us_zip AS text;
ALTER DOMAIN public.us_zip ADD CONSTRAINT us_zip_format CHECK (VALUE ~ '^[0-9]{5}$') NOT VALID;
CREATE TABLE public.addresses (id int PRIMARY KEY, zip public.us_zip);
