-- a comment on one column is changed and another column's comment is added
-- @before
CREATE TABLE public.users (id int PRIMARY KEY, email text, tz text);
COMMENT ON COLUMN public.users.email IS 'login email';
-- @after
CREATE TABLE public.users (id int PRIMARY KEY, email text, tz text);
COMMENT ON COLUMN public.users.email IS 'Login email, unique case-insensitively';
COMMENT ON COLUMN public.users.tz IS 'IANA time zone name';
