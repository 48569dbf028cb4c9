-- a new domain holds a constraint that is NOT VALID: CREATE DOMAIN cannot say NOT VALID, so the domain is created with its valid checks and the other is added by ALTER DOMAIN ... NOT VALID
-- @before
-- @after
CREATE DOMAIN public.us_zip AS text NOT NULL CONSTRAINT us_zip_not_blank CHECK (VALUE <> '');
ALTER DOMAIN public.us_zip ADD CONSTRAINT us_zip_format CHECK (VALUE ~ '^[0-9]{5}$') NOT VALID;
COMMENT ON CONSTRAINT us_zip_format ON DOMAIN public.us_zip IS 'five digits';
CREATE TABLE public.addresses (id int PRIMARY KEY, zip public.us_zip);
