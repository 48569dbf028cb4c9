-- a column switches from a domain to its base type and the domain is dropped: alter the column first, then drop the domain
-- @before
CREATE DOMAIN public.short_text AS varchar(40);
CREATE TABLE public.notes (id int PRIMARY KEY, title public.short_text);
-- @after
CREATE TABLE public.notes (id int PRIMARY KEY, title varchar(40));
