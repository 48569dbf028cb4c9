-- columns change between varchar, char and text under unique and partial indexes whose definitions cast them (lower(email) on a varchar column is stored as lower((email)::text)): PostgreSQL rebuilds each index inside ALTER COLUMN TYPE from its definition, which then reads as the target's, so the indexes stay and the table keeps its unique keys
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.users (id int PRIMARY KEY, email varchar(100) NOT NULL, handle text, code char(4));
CREATE UNIQUE INDEX users_email_lower ON public.users (lower(email));
CREATE INDEX users_email_nonempty ON public.users (id) WHERE email <> '';
CREATE UNIQUE INDEX users_handle_lower ON public.users (lower(handle));
CREATE INDEX users_code ON public.users (upper(code::text));
-- @after
CREATE TABLE public.users (id int PRIMARY KEY, email text NOT NULL, handle varchar(50), code text);
CREATE UNIQUE INDEX users_email_lower ON public.users (lower(email));
CREATE INDEX users_email_nonempty ON public.users (id) WHERE email <> '';
CREATE UNIQUE INDEX users_handle_lower ON public.users (lower(handle));
CREATE INDEX users_code ON public.users (upper(code::text));
