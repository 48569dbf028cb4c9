-- a new domain whose named CHECK constraint carries a comment, and a check added to an existing domain with its comment: COMMENT ON CONSTRAINT ... ON DOMAIN after the constraint exists
-- @before
CREATE DOMAIN public.percent AS numeric;
-- @after
CREATE DOMAIN public.percent AS numeric CONSTRAINT percent_range CHECK (VALUE BETWEEN 0 AND 100);
COMMENT ON CONSTRAINT percent_range ON DOMAIN public.percent IS 'inclusive bounds';
CREATE DOMAIN public.slug AS text CONSTRAINT "slug shape" CHECK (VALUE ~ '^[a-z0-9-]+$');
COMMENT ON CONSTRAINT "slug shape" ON DOMAIN public.slug IS 'lower-case words joined by dashes';
