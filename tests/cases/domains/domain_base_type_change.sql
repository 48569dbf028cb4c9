-- a domain's base type changes (text to varchar(64)): domains cannot be retyped, so it is recreated and its columns converted
-- expect-hazards: acquires-access-exclusive-lock
-- @before
CREATE DOMAIN public.username AS text CHECK (length(VALUE) >= 3);
CREATE TABLE public.people (id int PRIMARY KEY, handle public.username NOT NULL);
-- @after
CREATE DOMAIN public.username AS varchar(64) CHECK (length(VALUE) >= 3);
CREATE TABLE public.people (id int PRIMARY KEY, handle public.username NOT NULL);
