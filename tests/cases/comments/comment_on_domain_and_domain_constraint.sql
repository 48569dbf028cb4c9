-- comments on a domain and on its named CHECK constraint (COMMENT ON CONSTRAINT ... ON DOMAIN)
-- @before
CREATE DOMAIN public.hex_color AS text CONSTRAINT hex_color_format CHECK (VALUE ~ '^#[0-9a-f]{6}$');
-- @after
CREATE DOMAIN public.hex_color AS text CONSTRAINT hex_color_format CHECK (VALUE ~ '^#[0-9a-f]{6}$');
COMMENT ON DOMAIN public.hex_color IS 'CSS colour';
COMMENT ON CONSTRAINT hex_color_format ON DOMAIN public.hex_color IS 'lower-case, six digits';
