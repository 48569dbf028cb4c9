-- a domain becomes NOT NULL: ALTER DOMAIN SET NOT NULL checks every column using it
-- expect-hazards: full-table-scan
-- @before
CREATE DOMAIN public.slug AS text CHECK (VALUE ~ '^[a-z0-9-]+$');
CREATE TABLE public.pages (id int PRIMARY KEY, slug public.slug);
-- @after
CREATE DOMAIN public.slug AS text NOT NULL CHECK (VALUE ~ '^[a-z0-9-]+$');
CREATE TABLE public.pages (id int PRIMARY KEY, slug public.slug);
