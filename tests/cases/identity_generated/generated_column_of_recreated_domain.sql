-- a stored generated column's type is a domain whose base type changes (so the domain is recreated): the generated column cannot be converted with USING, so it goes and comes back around the domain
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE DOMAIN public.label AS varchar(20);
CREATE TABLE public.tags (id int PRIMARY KEY, name text NOT NULL,
    label public.label GENERATED ALWAYS AS (upper(name)) STORED);
-- @after
CREATE DOMAIN public.label AS varchar(40);
CREATE TABLE public.tags (id int PRIMARY KEY, name text NOT NULL,
    label public.label GENERATED ALWAYS AS (upper(name)) STORED);
