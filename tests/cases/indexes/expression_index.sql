-- a unique index on lower(email): expression keys need parentheses when rendered
-- expect-hazards: index-build
-- @before
CREATE TABLE public.users (id int PRIMARY KEY, email text NOT NULL);
-- @after
CREATE TABLE public.users (id int PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX users_email_lower_key ON public.users (lower(email));
